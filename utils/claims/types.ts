// Claims: checkable statements with their chain of attribution (publication ← outlet ← speaker).

export type ClaimKind = 'reported' | 'commentary';

/** W3C Web Annotation selectors, so a claim can be found again in the page later. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface ClaimSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Speaker {
  /** The fullest name the passage gives ("the Syrian Observatory for Human Rights"), or null when unnamed. */
  name: string | null;
  /** The words in the sentence that named it ("he", "a monitor", "are said to"). */
  mention: string;
  /** 'named', 'resolved' (pronoun or short form resolved to an earlier name), 'unnamed' (passive or anonymous). */
  how: 'named' | 'resolved' | 'unnamed';
}

export interface Claim {
  /** Stable: hash of the page's normalised URL and the claim's normalised text. */
  id: string;
  text: string;
  kind: ClaimKind;
  /** The quote it belongs to, or null for commentary. */
  quoteId: string | null;
  /** The blog (or site) the page belongs to. */
  publication: string | null;
  /** The quoted outlet (reported claims) or null. */
  outlet: string | null;
  speaker: Speaker | null;
  /** Check-worthiness 0..1. */
  score: number;
  /** Why the score is what it is: "+0.15 number", "-0.2 question". */
  reasons: string[];
  selector: ClaimSelector;
}
