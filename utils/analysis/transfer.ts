// An analysis made on a copy of the page, carried as plain JSON and fastened back onto the live page. The
// content script does not analyse: it sends the page's markup to where the analyser's code is already warm
// (see docs/highlights.md) and gets this back. Elements travel as paths of child-element indices from the
// root element; the article's text travels whole and is checked against the live page's, so a page that
// changed in between, or parsed differently, is noticed instead of highlighted wrongly. The live side does
// only what highlighting needs, in as little code as possible: it runs cold, on the page's main thread.

import type { ArticleWalk } from './article-text';
import type { ArticleText, FoundQuote, PageAnalysis, PageReport, Span } from './types';

/** Child-element indices from the document's root element down to an element. */
export type ElementPath = number[];

/**
 * Where one passage sits: its spans, its lead-in's mention, and its elements: path, tag name, and where the
 * element's first text starts in the article's text (null for an element without text), by which it is found
 * again when the live page's structure differs from its copy's (DOM that scripts built and markup cannot
 * express, such as a block inside a paragraph, parses back into another shape).
 */
export interface QuotePlacement {
  spans: Span[];
  leadInMention: Span | null;
  elements: Array<{ path: ElementPath; tag: string; at: number | null }>;
}

export interface AnalysisTransfer {
  report: PageReport;
  /** The article root, or null when the page has none. */
  article: ElementPath | null;
  /** The article's text: the live page's own must be the same. */
  text: string;
  /** Elements under the article whose text the analyser left out (script, furniture…), from the article. */
  skipped: ElementPath[];
  /** One per report.quotes entry, in the same order. */
  placements: QuotePlacement[];
}

/** Child-element indices from `root` (the document's root element by default) down to `element`. */
export function pathOf(
  element: Element,
  root: Element = element.ownerDocument.documentElement,
): ElementPath | null {
  const path: number[] = [];
  let el: Element = element;
  while (el !== root) {
    const parent = el.parentElement;
    if (!parent) return null;
    let index = 0;
    for (let sibling = el.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.push(index);
    el = parent;
  }
  return path.reverse();
}

export function elementAt(root: Element | null, path: ElementPath): Element | null {
  let el: Element | null = root;
  for (const index of path) {
    el = el?.children[index] ?? null;
    if (!el) return null;
  }
  return el;
}

/** Where the first of `element`'s text nodes that the article's text holds starts in that text. */
function textOffsetOf(element: Element, text: ArticleText, indexOf: Map<Node, number>): number | null {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = indexOf.get(node);
    if (i !== undefined) return text.starts[i];
  }
  return null;
}

/** The analysis as plain JSON, for the page whose copy it was made on. */
export function describeAnalysis(analysis: PageAnalysis): AnalysisTransfer {
  const text = analysis.articleText;
  const indexOf = new Map<Node, number>(text.nodes.map((node, i) => [node, i]));
  const placements: QuotePlacement[] = analysis.quotes.map((quote) => ({
    spans: quote.spans,
    leadInMention: quote.leadInMention,
    elements: quote.elements.map((el) => ({
      path: pathOf(el) ?? [],
      tag: el.tagName,
      at: textOffsetOf(el, text, indexOf),
    })),
  }));
  const { article } = analysis;
  const skipped = (analysis.articleText as Partial<ArticleWalk>).skipped ?? [];
  return {
    report: analysis.report,
    article: article ? pathOf(article) : null,
    text: analysis.articleText.text,
    skipped: article ? skipped.map((el) => pathOf(el, article) ?? []) : [],
    placements,
  };
}

/** Nodes visited between two pauses of reviveSteps: about a millisecond's work in a cold script. */
const NODES_PER_STEP = 1_000;
/** Passages placed between two pauses (each looks up a few elements and the text they hold). */
const QUOTES_PER_STEP = 50;

/**
 * The text nodes under `root` outside the `skipped` subtrees (what the analyser's walk, walkArticle, read,
 * given what it left out), checked node by node against `expected`, the analysed text: null at the first
 * difference. Never joins the page's text (joining a megabyte of small pieces took 14 ms in one step).
 * Pauses (yields) every NODES_PER_STEP nodes.
 */
function* textUnder(
  root: Element,
  skipped: ReadonlySet<Element>,
  expected: string,
): Generator<void, ArticleText | null> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let read = 0;
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && read < expected.length) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!expected.startsWith(data, read)) return null;
      nodes.push(node as Text);
      starts.push(read);
      read += data.length;
    } else if (node.nodeType === 1 && node.firstChild && !skipped.has(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  if (read !== expected.length) return null;
  // The page's side needs no blocks: claims are made where the analysis was.
  return { text: expected, nodes, starts, blocks: [] };
}

export type Revived = PageAnalysis | { problem: string };

/** The text node holding the article text's offset `at` (the last one starting at or before it). */
function nodeAt(text: ArticleText, at: number | null): Text | null {
  if (at === null || text.nodes.length === 0) return null;
  let low = 0;
  let high = text.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return text.nodes[low];
}

/**
 * A passage's element on the live page: the one at its path when that has its tag and holds its text, else
 * the nearest element with its tag around its text, inside the article.
 */
function placeElement(
  doc: Document,
  article: Element,
  text: ArticleText,
  { path, tag, at }: QuotePlacement['elements'][number],
): Element | null {
  const node = nodeAt(text, at);
  const byPath = elementAt(doc.documentElement, path);
  if (byPath?.tagName === tag && (node === null || byPath.contains(node))) return byPath;
  for (let el = node?.parentElement ?? null; el; el = el.parentElement) {
    if (el.tagName === tag) return article.contains(el) ? el : null;
    if (el === article) return null;
  }
  return null;
}

/**
 * The analysis on the live page, or a plain-words reason it cannot be placed there (the page changed since
 * its markup was read, or the copy was parsed into another shape).
 */
export function reviveAnalysis(doc: Document, transfer: AnalysisTransfer): Revived {
  const steps = reviveSteps(doc, transfer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * reviveAnalysis a step at a time: it pauses (yields) every so often, so a caller on a page's main thread can
 * spread a huge article over several tasks. The result is the generator's return value.
 */
export function* reviveSteps(doc: Document, transfer: AnalysisTransfer): Generator<void, Revived> {
  const { report } = transfer;
  if (transfer.placements.length !== report.quotes.length)
    return { problem: 'The analysis does not match its own report.' };
  if (!transfer.article) {
    if (report.quotes.length > 0) return { problem: 'The analysis has passages but no article.' };
    return {
      report,
      quotes: [],
      article: null,
      articleText: { text: '', nodes: [], starts: [], blocks: [] },
    };
  }
  const article = elementAt(doc.documentElement, transfer.article);
  if (!article) return { problem: "The article's element is no longer where it was." };
  const skipped = new Set<Element>();
  for (const path of transfer.skipped) {
    const el = elementAt(article, path);
    if (el) skipped.add(el);
  }
  const text = yield* textUnder(article, skipped, transfer.text);
  if (!text) return { problem: "The article's text changed since it was read." };
  const quotes: FoundQuote[] = [];
  for (let i = 0; i < report.quotes.length; i++) {
    if (i % QUOTES_PER_STEP === QUOTES_PER_STEP - 1) yield;
    const placement = transfer.placements[i];
    const elements: Element[] = [];
    for (const where of placement.elements) {
      const el = placeElement(doc, article, text, where);
      if (!el) return { problem: `The elements of passage ${report.quotes[i].id} moved.` };
      elements.push(el);
    }
    quotes.push({
      ...report.quotes[i],
      spans: placement.spans,
      leadInMention: placement.leadInMention,
      elements,
    });
  }
  return { report, quotes, article, articleText: text };
}
