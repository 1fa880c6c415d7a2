// The page's side of the round trip, first step: reads the live page as tokens (channel/format.ts), a slice at a
// time, remembering each node it numbers so the analysis can be fastened back onto that very node. Iterative
// with its own stack (5,000 levels of nesting cost nothing more), and resumable between tasks: a page that
// moves a node out from under the reader between two slices is noticed, not read as another tree.
import { CLOSE, EMPTIED, MORE_TEXT, OPEN, OPEN_NS, TEXT, type Token } from '../channel/format';
import { ROUND_TRIP } from '../channel/port';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const isLongDataUrl = (value: string) => value.length > ROUND_TRIP.dataUrlKeep && value.includes('data:');

export class PageReader {
  /** The live nodes, numbered in the order the copy will create them. */
  readonly nodes: Node[] = [];
  /** Each text node's data as read, by its number: the copy's text node of that number holds exactly this. */
  readonly texts: string[] = [];
  /** Open elements, innermost last. */
  private readonly stack: Element[] = [];
  /** The next node to read: a child of the innermost open element, or null when that one is done. */
  private next: Node | null;
  /** A long text node being sent in pieces, and how much of it has gone. */
  private text: { data: string; at: number } | null = null;
  private started = false;
  /** Characters of tokens read so far, about as long as their JSON (the page's size, as sent). */
  size = 0;

  constructor(private readonly root: Element) {
    this.next = root;
  }

  get done(): boolean {
    return this.started && this.stack.length === 0 && this.text === null;
  }

  /**
   * Appends tokens to `out` until about `chars` characters were read or `deadline()` says stop; false when
   * the page changed under the reader between two slices (a node it was about to read moved elsewhere).
   */
  read(out: Token[], chars: number, deadline: () => boolean): boolean {
    const start = this.size;
    let count = 0;
    while (!this.done) {
      if (this.size - start >= chars) return true;
      if (++count % ROUND_TRIP.nodesPerClockCheck === 0 && deadline()) return true;
      const room = Math.max(ROUND_TRIP.minTextPieceChars, chars - (this.size - start));
      if (this.text) {
        this.textPiece(out, MORE_TEXT, room);
        continue;
      }
      const node = this.next;
      const parent = this.stack[this.stack.length - 1];
      if (!node) {
        this.stack.pop();
        out.push(CLOSE);
        this.size += 2;
        this.next = parent === this.root ? null : parent.nextSibling;
        continue;
      }
      if (this.started && node.parentNode !== parent) return false;
      this.started = true;
      if (node.nodeType === 1) this.open(out, node as Element);
      else {
        if (node.nodeType === 3) {
          const data = (node as Text).data;
          this.texts[this.nodes.length] = data;
          this.nodes.push(node);
          this.text = { data, at: 0 };
          this.textPiece(out, TEXT, room);
        }
        this.next = node.nextSibling;
      }
    }
    return true;
  }

  private textPiece(out: Token[], kind: typeof TEXT | typeof MORE_TEXT, room: number): void {
    const text = this.text!;
    const piece = text.data.slice(text.at, text.at + Math.min(room, ROUND_TRIP.textPieceChars));
    text.at += piece.length;
    out.push(kind, piece);
    this.size += piece.length + 5;
    if (text.at >= text.data.length) this.text = null;
  }

  private open(out: Token[], el: Element): void {
    this.nodes.push(el);
    if (el.namespaceURI === HTML_NS) out.push(OPEN, el.localName);
    else out.push(OPEN_NS, el.namespaceURI ?? '', el.tagName);
    const attributes = el.attributes;
    out.push(attributes.length);
    this.size += el.localName.length + 8;
    for (let i = 0; i < attributes.length; i++) {
      const { name, value } = attributes[i];
      out.push(name, isLongDataUrl(value) ? 'data:,' : value);
      this.size += name.length + Math.min(value.length, ROUND_TRIP.dataUrlKeep) + 6;
    }
    const emptied = el.namespaceURI === HTML_NS && EMPTIED.has(el.localName);
    if (!emptied && el.firstChild) {
      this.stack.push(el);
      this.next = el.firstChild;
      return;
    }
    out.push(CLOSE);
    this.size += 2;
    this.next = el === this.root ? null : el.nextSibling;
    if (el === this.root) this.stack.length = 0;
  }
}

/** The whole of `root` as tokens at once, with its numbered nodes (for tests and tools). */
export function readWhole(root: Element): { tokens: Token[]; nodes: Node[] } {
  const reader = new PageReader(root);
  const tokens: Token[] = [];
  reader.read(tokens, Number.POSITIVE_INFINITY, () => false);
  return { tokens, nodes: reader.nodes };
}
