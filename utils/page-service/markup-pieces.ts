// A page's markup in pieces, so a content script can read a huge page a slice per task instead of in one
// outerHTML call (53 ms for a 1.5 MB page here). Small subtrees are serialised by the browser (outerHTML);
// large ones are opened, their children serialised one by one, and closed. Joined, the pieces parse back
// into the same tree of elements, with the same text, as the document's own markup, except that scripts,
// styles, noscript and template contents inside large subtrees are left out, and long data: URLs there are
// sent empty: the analyser never reads them, and a page's inline JSON or images can be megabytes.

/** Subtrees with fewer elements (and children) than this, and less text, are serialised in one call. */
const ATOMIC_BELOW = 256;
/** Text longer than this is escaped and handed out in slices of this size. */
const TEXT_SLICE = 65_536;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements sent empty: their contents are never page text to the analyser. */
const EMPTIED = new Set(['script', 'style', 'noscript', 'template']);
/** Elements without contents or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Attributes that may hold a data: URL (an image inlined in the page can be megabytes). */
const DATA_URL_SELECTOR =
  '[src^="data:"],[srcset*="data:"],[href^="data:"],[style*="data:"],[poster^="data:"],[data^="data:"]';
/** data: URLs longer than this are sent as an empty "data:," (the analyser never reads them). */
const DATA_URL_KEEP = 1_024;
/** Elements whose contents are raw text or otherwise special to the serialiser: serialised whole. */
const WHOLE = new Set([
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'textarea',
  'title',
  'pre',
  'listing',
]);

const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
const escapeAttribute = (value: string) =>
  value.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

/** Whether the text under `el` is longer than `limit`, read node by node (textContent would copy it all:
 * about 100 ms for a 10 MB text node). */
function textLongerThan(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).length;
    if (length > limit) return true;
  }
  return false;
}

const isLongDataUrl = (value: string | null) =>
  value !== null && value.length > DATA_URL_KEEP && value.includes('data:');

/** Whether `el` or an element under it carries a long data: URL (one native query finds the candidates). */
function hasLongDataUrl(el: Element): boolean {
  const candidates = el.matches(DATA_URL_SELECTOR)
    ? [el, ...el.querySelectorAll(DATA_URL_SELECTOR)]
    : el.querySelectorAll(DATA_URL_SELECTOR);
  for (const candidate of candidates)
    for (const name of ['src', 'srcset', 'href', 'style', 'poster', 'data'])
      if (isLongDataUrl(candidate.getAttribute(name))) return true;
  return false;
}

function splittable(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS || WHOLE.has(el.localName)) return false;
  // Counts first: they are cheap; text and data: URLs are only looked at in small subtrees (a 10 MB text
  // node, a huge inline script or an inlined image inside an otherwise small page).
  return (
    el.childNodes.length >= ATOMIC_BELOW ||
    el.getElementsByTagName('*').length >= ATOMIC_BELOW ||
    textLongerThan(el, TEXT_SLICE) ||
    hasLongDataUrl(el)
  );
}

function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of el.attributes) {
    const value = isLongDataUrl(attr.value) ? 'data:,' : attr.value;
    tag += ` ${attr.name}="${escapeAttribute(value)}"`;
  }
  return `${tag}>`;
}

/** An element's markup in one piece when it is not to be split: emptied, or small enough. */
function whole(el: Element): string | null {
  if (el.namespaceURI === HTML_NS && EMPTIED.has(el.localName)) return `${openTag(el)}</${el.localName}>`;
  return splittable(el) ? null : el.outerHTML;
}

/**
 * The markup of `root` (the document's root element) as a sequence of pieces. Iterative, with its own stack:
 * a generator delegating to itself per level would cost the depth on every piece (5,000 levels of nesting).
 */
export function* markupPieces(root: Element): Generator<string> {
  const first = whole(root);
  if (first !== null) {
    yield first;
    return;
  }
  yield openTag(root);
  if (VOID.has(root.localName)) return;
  const stack: Array<{ el: Element; next: ChildNode | null }> = [{ el: root, next: root.firstChild }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const child = frame.next;
    if (!child) {
      stack.pop();
      yield `</${frame.el.localName}>`;
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 1) {
      const el = child as Element;
      const piece = whole(el);
      if (piece !== null) {
        yield piece;
        continue;
      }
      yield openTag(el);
      if (!VOID.has(el.localName)) stack.push({ el, next: el.firstChild });
    } else if (child.nodeType === 3) {
      const data = (child as Text).data;
      for (let at = 0; at < data.length; at += TEXT_SLICE) yield escapeText(data.slice(at, at + TEXT_SLICE));
    } else if (child.nodeType === 8) yield `<!--${(child as Comment).data}-->`;
  }
}
