// The reader's choices on this page, and the settings that came with its analysis: highlights on or off, which
// claims are painted, commentary or not, the minimum score, the site switched off, the saved claims, the bar
// folded. Held for the page's session only (a remembered claim choice would show in the page-readable
// registry on the next visit: utils/highlight/claim-choice.ts); the highlights choice alone is kept for the
// site, by the background.
import type { FoundClaim } from '../utils/claims/found';
import { type ClaimsShown, chosenClaims } from '../utils/highlight/claim-choice';
import type { PageRecorded } from '../utils/messaging/protocol';
import { isPageDisabled } from '../utils/storage/settings';
import { hostOf } from '../utils/url';
import { trySend, type Validity } from './messages';

/** Below this width (CSS pixels) the bar starts folded into its pill. */
export const NARROW_WINDOW_PX = 560;

export class ReaderChoices {
  highlightsOn = true;
  showCommentary = true;
  minScore = 0;
  siteDisabled = false;
  savedIds = new Set<string>();
  /** The bar folded into its pill, for this page's session. */
  barCollapsed = false;
  /** Which claims are painted: none until the reader asks (per page, never remembered). */
  claimsShown: ClaimsShown = 'none';

  /** `ctx`: the session's lifetime, checked before anything is sent. */
  constructor(private readonly ctx: Validity) {}

  /**
   * Takes the settings that came with an analysis of `url` (`navigated`: a new page rather than late content
   * on the same one) in a window `windowWidth` wide; whether the page is to be shown (its site not switched off).
   */
  takeAnswer(page: PageRecorded | null, url: string, navigated: boolean, windowWidth: number): boolean {
    if (page) {
      this.minScore = page.settings.minScore;
      this.savedIds = new Set(page.savedIds);
      this.siteDisabled = isPageDisabled(page.settings, url);
      // Late content on the same page keeps the reader's current choice; a new page starts from the site's.
      if (navigated) this.highlightsOn = page.highlightsOn;
    }
    if (this.siteDisabled) return false;
    if (navigated) {
      // A narrow window starts with the pill: the bar would take a good part of it.
      this.barCollapsed = windowWidth < NARROW_WINDOW_PX;
      this.claimsShown = 'none';
    }
    return true;
  }

  /** The claims to paint: the reader's choice, above their minimum score, commentary or not. */
  painted(claims: readonly FoundClaim[]): FoundClaim[] {
    return chosenClaims(claims, {
      shown: this.claimsShown,
      minScore: this.minScore,
      showCommentary: this.showCommentary,
    });
  }

  /** Has the background keep the highlights choice for the site of `url`. */
  async remember(on: boolean, url: string): Promise<void> {
    const host = hostOf(url);
    if (host) await trySend(this.ctx, 'highlights/chosen', { host, on });
  }
}
