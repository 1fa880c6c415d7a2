// What travels between the sides of the round trip. The page goes from the content script to the analyser's
// host not as markup, which an HTML parser would rebuild in its own way (a <div> or <noscript><img> that
// scripts left in <head>, text before <body>, a block inside a paragraph, a comment holding "-->"), but as the
// live tree itself, node by node, rebuilt on the other side with DOM calls (host/copy.ts). The copy has the
// live page's elements and text nodes, in the same places, numbered in the same order on both sides: the
// analysis names nodes by number, and the page fastens it back onto the very nodes it read. Imports types
// only, so the content script can read it cold. Every size of the trip is in port.ts.
//
// A page is a flat list of tokens, in document order:
//   OPEN, localName, attributeCount, name, value, …   an HTML element (its children follow)
//   OPEN_NS, namespaceURI, qualifiedName, attributeCount, name, value, …   an SVG, MathML or other element
//   TEXT, data        a text node
//   MORE_TEXT, data   more of the text node just opened (a long text travels in pieces)
//   CLOSE             the end of the element opened last
// Every OPEN, OPEN_NS and TEXT makes one numbered node. Comments, processing instructions and the doctype are
// left out (no analysis reads them); so are the contents of the elements in EMPTIED.

import type { PageReport, Span } from '../../analysis/types';

export const OPEN = 1;
export const OPEN_NS = 2;
export const TEXT = 3;
export const MORE_TEXT = 4;
export const CLOSE = 0;

export type Token = string | number;

/** Elements sent without their contents: never page text to the analyser, and a page's inline JSON or
 * stylesheets can be megabytes. */
export const EMPTIED = new Set(['script', 'style', 'noscript', 'template']);

/** The page as the content script read it: its address, and its tokens as JSON, a slice per string. */
export interface PageRequest {
  url: string;
  parts: string[];
  /** The slices went ahead to the analyser's host as they arrived (port.ts: SliceCarrier), under this id;
   * `parts` is then empty. */
  carried?: { id: string; count: number };
}

// The answer comes back as plain JSON naming the copy's elements and text nodes by number: the page takes them
// from its own list (page/revive.ts), the very nodes it read, wherever they are now.

/** Where one passage sits: its spans, its lead-in's mention, and the numbers of its elements. */
export interface QuotePlacement {
  spans: Span[];
  leadInMention: Span | null;
  elements: number[];
}

export interface AnalysisTransfer {
  report: PageReport;
  /** The article root's number, or null when the page has none. */
  article: number | null;
  /**
   * The numbers of the text nodes the article's text is made of, and where each starts in it. The text itself
   * does not travel: it is those nodes' text, concatenated (ArticleText), which the page read and kept
   * (page/read.ts), so the page puts it together from what it read (page/revive.ts).
   */
  nodes: number[];
  starts: number[];
  /** One per report.quotes entry, in the same order. */
  placements: QuotePlacement[];
}
