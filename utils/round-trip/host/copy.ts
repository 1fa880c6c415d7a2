// The analyser's host's side of the round trip: rebuilds the page a content script read (channel/format.ts)
// with DOM calls, in an inert document (no browsing context: nothing runs, nothing loads), numbering its nodes
// in the order the page numbered the live ones. No HTML parser is involved, so the copy has the live page's shape
// whatever its markup would have parsed into.
import { CLOSE, MORE_TEXT, OPEN, OPEN_NS, TEXT } from '../channel/format';

export class MalformedPage extends Error {
  constructor() {
    super('Sourcelight received a malformed page.');
  }
}

const str = (value: unknown): string => {
  if (typeof value !== 'string') throw new MalformedPage();
  return value;
};

export class PageCopy {
  /** The copy's nodes, numbered as the page numbered its own. */
  readonly nodes: Node[] = [];
  private readonly stack: Element[] = [];
  private root: Element | null = null;
  private lastText: Text | null = null;
  /** The pieces of a long text not yet in its node: a node's text is immutable, so each append would copy
   * all of it again (a 10 MB text in 64 K pieces copied about 800 MB); they go in at once. */
  private pieces: string[] = [];

  /** `doc`: an inert document to build in (document.implementation.createHTMLDocument('')). */
  constructor(readonly doc: Document) {}

  /** Adds a slice of tokens; throws MalformedPage on anything but a well-formed list. */
  add(tokens: unknown): void {
    if (!Array.isArray(tokens)) throw new MalformedPage();
    let i = 0;
    while (i < tokens.length) {
      const kind = tokens[i++];
      if (kind !== MORE_TEXT) this.flushText();
      if (kind === CLOSE) {
        if (this.stack.pop() === undefined) throw new MalformedPage();
        this.lastText = null;
      } else if (kind === TEXT) {
        const parent = this.stack[this.stack.length - 1];
        if (!parent) throw new MalformedPage();
        const node = this.doc.createTextNode(str(tokens[i++]));
        parent.append(node);
        this.nodes.push(node);
        this.lastText = node;
      } else if (kind === MORE_TEXT) {
        if (!this.lastText) throw new MalformedPage();
        this.pieces.push(str(tokens[i++]));
      } else if (kind === OPEN || kind === OPEN_NS) {
        const namespace = kind === OPEN_NS ? str(tokens[i++]) : null;
        const name = str(tokens[i++]);
        const count = tokens[i++];
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new MalformedPage();
        const el = this.element(namespace, name);
        for (let a = 0; a < count; a++) {
          const attribute = str(tokens[i++]);
          const value = str(tokens[i++]);
          try {
            el.setAttribute(attribute, value);
          } catch {
            // A name the page's parser let through but setAttribute refuses: no analysis reads such a name.
          }
        }
        this.place(el);
      } else {
        throw new MalformedPage();
      }
    }
  }

  private flushText(): void {
    if (this.pieces.length === 0 || !this.lastText) return;
    this.lastText.appendData(this.pieces.join(''));
    this.pieces = [];
  }

  private element(namespace: string | null, name: string): Element {
    try {
      return namespace === null
        ? this.doc.createElement(name)
        : this.doc.createElementNS(namespace || null, name);
    } catch {
      // A name the page's parser let through but createElement refuses: kept as an element of no meaning,
      // so every later node keeps its number.
      return this.doc.createElement('sourcelight-unnamed');
    }
  }

  private place(el: Element): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.append(el);
    else if (this.root) throw new MalformedPage();
    else this.root = el;
    this.nodes.push(el);
    this.stack.push(el);
    this.lastText = null;
  }

  /** The copy as a document, once every token arrived. */
  finish(): Document {
    this.flushText();
    if (!this.root || this.stack.length > 0) throw new MalformedPage();
    this.doc.documentElement?.remove();
    this.doc.append(this.root);
    return this.doc;
  }
}

/** A node's number in the copy the analysis was made on (undefined for a node the copy does not hold). */
export type Numbering = (node: Node) => number | undefined;

/** The number of each node of the copy (the analysis names nodes by these). */
export function numbering(nodes: readonly Node[]): Numbering {
  const index = new Map<Node, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i], i);
  return (node) => index.get(node);
}
