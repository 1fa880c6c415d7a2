// A page's markup in pieces, so a content script can read a huge page a slice per task instead of in one
// outerHTML call (53 ms for a 1.5 MB page here). Small subtrees are serialised by the browser (outerHTML);
// large ones are opened, their children serialised one by one, and closed. Joined, the pieces parse back
// into the same tree of elements, with the same text, as the document's own markup, except that scripts,
// styles, noscript and template contents inside large subtrees are left out: the analyser never reads them,
// and a page's inline JSON can be megabytes.

/** Subtrees with fewer elements (and children) than this, and less text, are serialised in one call. */
const ATOMIC_BELOW = 256;
/** Text longer than this is escaped and handed out in slices of this size. */
const TEXT_SLICE = 65_536;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements sent empty: their contents are never page text to the analyser. */
const EMPTIED = new Set(['script', 'style', 'noscript', 'template']);
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

function splittable(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS || WHOLE.has(el.localName)) return false;
  // Counts first: they are cheap; the text's length is only asked of small subtrees (a 10 MB text node,
  // or a huge inline script, inside an otherwise small page).
  return (
    el.childNodes.length >= ATOMIC_BELOW ||
    el.getElementsByTagName('*').length >= ATOMIC_BELOW ||
    textLongerThan(el, TEXT_SLICE)
  );
}

function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of el.attributes) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

/** The markup of `root` (the document's root element by default) as a sequence of pieces. */
export function* markupPieces(root: Element): Generator<string> {
  if (root.namespaceURI === HTML_NS && EMPTIED.has(root.localName)) {
    yield `${openTag(root)}</${root.localName}>`;
    return;
  }
  if (!splittable(root)) {
    yield root.outerHTML;
    return;
  }
  yield openTag(root);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) yield* markupPieces(child as Element);
    else if (child.nodeType === 3) {
      const data = (child as Text).data;
      for (let at = 0; at < data.length; at += TEXT_SLICE) yield escapeText(data.slice(at, at + TEXT_SLICE));
    } else if (child.nodeType === 8) yield `<!--${(child as Comment).data}-->`;
  }
  yield `</${root.localName}>`;
}
