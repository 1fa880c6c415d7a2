// The pointer over the page's claims: a click on a claim opens its card at once; a deliberate hover (the
// pointer resting on the same claim, utils/highlight/hover-intent.ts) opens it too; a pointer just passing
// opens nothing. Moving off the claims lets a hover-opened card go (the session decides when).
import { HoverIntent } from '../utils/highlight/hover-intent';
import type { Lifetime } from './lifetime';
import { pointOverText } from './measure';

/** How often the pointer's position is looked up (a caret lookup per move would be wasteful). */
const HOVER_THROTTLE_MS = 60;

export interface ClaimPointerHost<T> {
  /** The claim at a position in the page's text, or null (no claims shown, outside the article). */
  claimAtText(node: Node, offset: number): T | null;
  /** Whether the event's target is our own overlay (the card handles its own pointer). */
  isOwn(target: EventTarget | null): boolean;
  /** Opens the claim's card: `pinned` when clicked, so it stays until closed. */
  open(claim: T, pinned: boolean): void;
  /** The pointer is over no claim. */
  left(): void;
}

/** The text position under a viewport point, or null when the point is not over text. */
export type Locate = (x: number, y: number) => { node: Node; offset: number } | null;

export class ClaimPointer<T> {
  private lastLook = 0;
  private lookTimer: number | null = null;
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  private readonly intent: HoverIntent<T>;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document,
    private readonly host: ClaimPointerHost<T>,
    private readonly locate: Locate = (x, y) => textAt(doc, x, y),
  ) {
    this.intent = new HoverIntent(
      { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
      (claim) => host.open(claim, false),
    );
  }

  /** Listens to the page's pointer for the session's lifetime. */
  listen(): void {
    const { ctx, doc } = this;
    ctx.addEventListener(doc, 'mousemove', (event) => this.moved(event), { passive: true });
    ctx.addEventListener(doc, 'click', (event) => this.clicked(event as MouseEvent), { passive: true });
  }

  /** Forgets a hover in progress (claims hidden, page changed). */
  cancel(): void {
    this.intent.cancel();
  }

  private moved(event: MouseEvent): void {
    this.last = { x: event.clientX, y: event.clientY, target: event.target };
    const wait = this.lastLook + HOVER_THROTTLE_MS - performance.now();
    if (wait > 0) {
      // The pointer may come to rest inside the throttle window: look again where it ends up.
      this.lookTimer ??= this.ctx.setTimeout(() => {
        this.lookTimer = null;
        this.look();
      }, wait);
      return;
    }
    this.look();
  }

  private look(): void {
    const pointer = this.last;
    if (!pointer || this.ctx.isInvalid) return;
    this.lastLook = performance.now();
    if (this.host.isOwn(pointer.target)) {
      this.intent.cancel();
      return;
    }
    const claim = this.claimAt(pointer.x, pointer.y);
    this.intent.move(pointer.x, pointer.y, claim);
    if (!claim) this.host.left();
  }

  private clicked(event: MouseEvent): void {
    if (event.button !== 0 || this.host.isOwn(event.target)) return;
    // A click that ends a text selection is the reader selecting, not asking.
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const claim = this.claimAt(event.clientX, event.clientY);
    if (!claim) return;
    this.intent.cancel();
    this.host.open(claim, true);
  }

  private claimAt(x: number, y: number): T | null {
    const at = this.locate(x, y);
    return at ? this.host.claimAtText(at.node, at.offset) : null;
  }
}

/** The text under a viewport point: the caret there, if the point is really over its text (not just near). */
function textAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const caret = caretAt(doc, x, y);
  return caret &&
    caret.node.nodeType === Node.TEXT_NODE &&
    pointOverText(caret.node as Text, caret.offset, x, y)
    ? caret
    : null;
}

/** The text position under a viewport point (caretPositionFromPoint where available, else the WebKit one). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
