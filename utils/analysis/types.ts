// The analyser's public shapes. `QuoteReport` and `PageReport` are plain JSON (what the CLI prints and what
// the content script sends to the background); `FoundQuote` adds the DOM references the page needs.

export type QuoteKind = 'outlet' | 'self' | 'social' | 'person' | 'document' | 'unknown';

/** How the analyser saw a passage on the page: a <blockquote>; a block set apart otherwise (paragraphs in
 * quotation marks or italics after a lead-in, an indented <div> or <dd>, a newsletter's ruled table cell, a
 * <br>-separated run); a quotation inside a paragraph; a social post. */
export type QuoteForm = 'blockquote' | 'block' | 'inline' | 'social';

/** One piece of evidence that named (or ruled out) a source, kept so the answer is explainable. */
export interface Evidence {
  type:
    | 'lead-in'
    | 'lead-in-link'
    | 'cite-attribute'
    | 'cite-element'
    | 'figcaption'
    | 'credit-line'
    | 'citation-line'
    /** The note a footnote marker in the lead-in, or closing the passage, points at ("… says it better than we can¹:"). */
    | 'footnote'
    | 'dateline'
    | 'back-reference'
    | 'social-embed'
    | 'self-reference'
    | 'person'
    | 'document'
    | 'continuation'
    /** The page's own words for a site first known by its domain ("Canary Media" for canarymedia.com). */
    | 'page-name';
  /** The words or URL the evidence came from. */
  value: string;
  /** The source it points to (the outlet's name where known, as `QuoteReport.outlet` gives it). */
  source: string | null;
}

export interface QuoteReport {
  /** "q1", "q2", … in page order. */
  id: string;
  kind: QuoteKind;
  /** The outlet's name from the table (its name in the page's language when it has one: `Outlet.names`), the
   * name the page uses when the table lacks it, or null. */
  outlet: string | null;
  /** The sentence that introduced the passage, if any. */
  leadIn: string | null;
  /** The passage's text, paragraphs separated by "\n\n". */
  text: string;
  /** The link to the quoted source, when the page gives one. */
  href: string | null;
  form: QuoteForm;
  /** For a social post: the account (e.g. "@nypost"). */
  account?: string | null;
  /** Text of paragraphs after the block that still belong to the quote (they go on with its speaker). */
  continuation: string | null;
  evidence: Evidence[];
  /** Index into the page's `posts` of the post the passage belongs to. */
  post: number;
}

/** One post of the page: a page of one post has one, a front page or an archive several. */
export interface PostReport {
  index: number;
  /** The post's heading (the page's title for a page of one post), or null. */
  title: string | null;
  /** The ids of the post's quotes, in page order. */
  quoteIds: string[];
}

export interface OutletShare {
  /** Outlet name, or the publication's name for its own words. */
  source: string;
  kind: QuoteKind | 'commentary';
  /** Characters of article text. */
  chars: number;
  /** 0..1 of the article's text. */
  share: number;
}

export interface PageReport {
  url: string | null;
  title: string | null;
  /** The page's own publication, named as `QuoteReport.outlet` names outlets. */
  publication: string | null;
  aggregated: boolean;
  quotes: QuoteReport[];
  /** The posts the page holds, in page order (one for an ordinary article, none when no article was found). */
  posts: PostReport[];
  /** How the article's text splits between sources and the blogger's own words. */
  breakdown: OutletShare[];
  /** Non-fatal problems (limits hit, malformed input) in plain words. */
  warnings: string[];
}

/** A half-open range [start, end) of offsets into the article's text (ArticleText.text). */
export type Span = [number, number];

/** A passage with its place in the DOM, for highlighting. Never serialised. */
export interface FoundQuote extends QuoteReport {
  /** Where the passage's paragraphs (and continuation) sit in the article's text. */
  spans: Span[];
  /** The elements that hold the passage (blockquote(s), paragraphs, embed container). */
  elements: Element[];
  /** Where the source's name sits in the lead-in (offsets into the article's text), for highlighting. */
  leadInMention: Span | null;
}

/** A run of text inside one block element (paragraph, heading, list item, a blockquote's bare text). */
export interface TextBlock {
  element: Element;
  start: number;
  end: number;
  /** The quote this block belongs to, or null for the publication's own words. */
  quoteId: string | null;
  /** Neither a passage nor the publication's words: a pull quote repeating the text, a credit line. */
  ignored?: boolean;
  /** Index of the post the block belongs to, on a page of several posts (0 otherwise). */
  post?: number;
}

/** The article's text: every text node under the article root (script, style, template, noscript and page
 * furniture left out), concatenated. Offsets into `text` are what TextPositionSelectors count. */
export interface ArticleText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
  blocks: TextBlock[];
}

export interface PageAnalysis {
  report: PageReport;
  quotes: FoundQuote[];
  /** The element holding the post's body, or null when none was found. */
  article: Element | null;
  articleText: ArticleText;
}
