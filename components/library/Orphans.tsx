// "Passage gone": saved claims that "show in page" could not find on their page any more (the page was
// edited or taken down). They are kept, never dropped silently, until the reader deletes them.
import type { ClaimRecord } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';
import { shortDate } from '../common/format';
import { SafeLink } from '../common/SafeLink';

export interface OrphansProps {
  records: ClaimRecord[];
  onOpen(id: string): void;
  onShowInPage(id: string): void;
}

export function Orphans({ records, onOpen, onShowInPage }: OrphansProps) {
  const orphans = records.filter((r) => r.orphanedAt != null);
  return (
    <section class="sl-orphans" aria-label="Passage gone from its page">
      <p class="sl-muted">
        The passage of each of these saved claims is not on its page any more (the page may have been edited).
        They stay saved until you delete them.
      </p>
      {orphans.length === 0 ? (
        <p class="sl-empty">Every saved claim's passage was still on its page.</p>
      ) : (
        <ul>
          {orphans.map((r) => (
            <li key={r.id} class="sl-orphan">
              <p class="sl-claim-text">{visibleText(r.text)}</p>
              <p class="sl-muted">
                <SafeLink href={r.pageUrl}>{visibleText(r.pageTitle || r.pageUrl)}</SafeLink> · missing on{' '}
                {shortDate(r.orphanedAt)}
              </p>
              <div class="sl-actions">
                <button type="button" onClick={() => onShowInPage(r.id)}>
                  Look again
                </button>
                <button type="button" onClick={() => onOpen(r.id)}>
                  Edit or delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
