// The shape of a page as it travels from the content script to the analyser's host: not markup, which an
// HTML parser would rebuild in its own way (a <div> or <noscript><img> that scripts left in <head>, text
// before <body>, a block inside a paragraph, a comment holding "-->"), but the live tree itself, node by node,
// rebuilt on the other side with DOM calls. The copy has the live page's elements and text nodes, in the same
// places, numbered in the same order on both sides: the analysis names nodes by number, and the page fastens
// it back onto the very nodes it read. Imports nothing, so the content script can read it cold.
//
// A page is a flat list of tokens, in document order:
//   OPEN, localName, attributeCount, name, value, …   an HTML element (its children follow)
//   OPEN_NS, namespaceURI, qualifiedName, attributeCount, name, value, …   an SVG, MathML or other element
//   TEXT, data        a text node
//   MORE_TEXT, data   more of the text node just opened (a long text travels in pieces)
//   CLOSE             the end of the element opened last
// Every OPEN, OPEN_NS and TEXT makes one numbered node. Comments, processing instructions and the doctype are
// left out (no analysis reads them); so are the contents of the elements in EMPTIED.

export const OPEN = 1;
export const OPEN_NS = 2;
export const TEXT = 3;
export const MORE_TEXT = 4;
export const CLOSE = 0;

export type Token = string | number;

/** Elements sent without their contents: never page text to the analyser, and a page's inline JSON or
 * stylesheets can be megabytes. */
export const EMPTIED = new Set(['script', 'style', 'noscript', 'template']);

/** The sizes of the round trip, in one place. */
export const ROUND_TRIP = {
  /** Pages whose copy is larger than this (in characters of tokens) are not analysed. */
  maxPageChars: 32 * 1024 * 1024,
  /** Characters of tokens per message to the analyser: Chromium's messaging cost grows faster than the
   * message (a 256 K message cost 30 ms to send, four 64 K ones 10 ms in all). */
  sliceChars: 64 * 1024,
  /** A text node longer than this travels in pieces of this size. */
  textPieceChars: 64 * 1024,
  /** data: URLs longer than this are sent as an empty "data:," (the analyser never reads them). */
  dataUrlKeep: 1_024,
  /** Work on the page's thread in one task before giving it back, when work comes in slices (ms). */
  sliceMs: 6,
  /** Characters of the article's text per message back to the page. */
  textPerMessage: 256 * 1024,
  /** Text-node numbers per message back to the page. */
  nodesPerMessage: 32 * 1024,
  /** Claims per message back to the page: each message is parsed in a task of its own. */
  claimsPerMessage: 400,
} as const;
