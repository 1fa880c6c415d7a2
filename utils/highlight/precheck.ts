// The cheap look before any real analysis: most pages quote nothing, and they should cost almost nothing.
// A page can only be an aggregated post if it has a quotation element, a social embed, or a long quotation
// in quotation marks introduced by a colon or a reporting verb. False positives only cost one analysis.

/** Quotation elements and the social embeds utils/analysis/social.ts recognises. */
export const QUOTE_SELECTOR =
  'blockquote, q, .twitter-tweet, .twitter-video, .x-post, .bluesky-embed, .mastodon-embed, .instagram-media, .tiktok-embed, .text-post-media';

/** An opening quotation mark after a colon or a reporting verb: "Last week, we said the following: “…". */
const INLINE_INTRO =
  /(?::\s*[“«„]|:\s+"\p{L}|\b(?:said|says|wrote|writes|noted|explained|argued|warned|reported|reports|declared|stated|tweeted|posted|the following|as follows)\b[^.!?\n]{0,40}?[,:]?\s*[“«„"]\p{L})/iu;

/** The most text read for the inline check: beyond it the page is long enough to deserve a real look. */
export const PRECHECK_TEXT_LIMIT = 2_000_000;

export function mayHoldQuotes(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  if (body.querySelector(QUOTE_SELECTOR)) return true;
  const text = body.textContent ?? '';
  return INLINE_INTRO.test(text.length > PRECHECK_TEXT_LIMIT ? text.slice(0, PRECHECK_TEXT_LIMIT) : text);
}
