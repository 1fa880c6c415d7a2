// The history Sourcelight keeps, where the reader can see it and clear it: the pages it analysed, newest
// first, a page of rows at a time, and "Clear history" behind a confirmation. Clearing forgets the pages and
// every unsaved claim; saved claims, and the pages they came from, stay.
import { useEffect, useState } from 'preact/hooks';
import { percent, plural, shortDate } from '../../components/common/format';
import { SafeLink } from '../../components/common/SafeLink';
import type { PageRecord } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';

/** Rows shown at first and added by each "Show more". */
export const HISTORY_PAGE_ROWS = 50;

export interface HistoryViewProps {
  listHistory(): Promise<PageRecord[]>;
  clearHistory(): Promise<{ removedPages: number; removedClaims: number }>;
  /** A failure, for the page's banner. */
  onError(error: unknown): void;
}

export function HistoryView({ listHistory, clearHistory, onError }: HistoryViewProps) {
  const [pages, setPages] = useState<PageRecord[] | null>(null);
  const [shown, setShown] = useState(HISTORY_PAGE_ROWS);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  async function load() {
    try {
      const list = await listHistory();
      setPages([...list].sort((a, b) => b.analysedAt - a.analysedAt));
    } catch (e) {
      onError(e);
    }
  }
  useEffect(() => void load(), []);

  async function clear() {
    setConfirming(false);
    try {
      const { removedPages, removedClaims } = await clearHistory();
      setStatus(
        `History cleared: ${plural(removedPages, 'page')} and ${plural(removedClaims, 'unsaved claim')} removed. Saved claims were kept.`,
      );
      setShown(HISTORY_PAGE_ROWS);
      await load();
    } catch (e) {
      onError(e);
    }
  }

  const list = pages ?? [];
  return (
    <div class="sl-history">
      <p class="sl-muted sl-count">
        {pages === null
          ? 'Reading the history…'
          : pages.length === 0
            ? 'No pages in the history.'
            : `${plural(pages.length, 'page')}, newest first. Pages you saved claims from stay when the history is cleared.`}
      </p>
      {list.length > 0 && (
        <ul class="sl-history-list" aria-label="Pages in the history">
          {list.slice(0, shown).map((page) => (
            <li key={page.url}>
              <SafeLink href={page.url}>{visibleText(page.title || page.url)}</SafeLink>
              <span class="sl-muted">
                {[
                  shortDate(page.analysedAt),
                  page.publication ? visibleText(page.publication) : '',
                  page.aggregated ? `${percent(quotedShare(page))} quoted` : 'not an aggregated post',
                  plural(page.claimCount, 'claim'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + HISTORY_PAGE_ROWS)}>
          Show {Math.min(HISTORY_PAGE_ROWS, list.length - shown)} more of {list.length - shown}
        </button>
      )}
      <div class="sl-inline">
        {confirming ? (
          <div class="sl-confirm">
            <p>Forget every page above and every claim you did not save? Saved claims stay.</p>
            <div class="sl-inline">
              <button type="button" class="sl-danger" onClick={() => void clear()}>
                Yes, clear history
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Clear history
          </button>
        )}
      </div>
      <p class="sl-muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** The share of a page's text quoted from others (its own words and self-quotes left out). */
function quotedShare(page: PageRecord): number {
  return page.breakdown
    .filter((s) => s.kind !== 'commentary' && s.kind !== 'self')
    .reduce((sum, s) => sum + s.share, 0);
}
