// A claim as extraction finds it on a page: the Claim plus its offsets in that page's article text. Its own
// module, importing nothing that runs, so the content script can use it without loading the extractor.
import type { Span } from '../analysis/types';
import type { Claim } from './types';

export interface FoundClaim extends Claim {
  /** Offsets into the article's text, for highlighting. */
  span: Span;
}

/** The claim as the library and the CLI keep it: without the offsets only its page needs. */
export function withoutSpan({ span: _span, ...claim }: FoundClaim): Claim {
  return claim;
}
