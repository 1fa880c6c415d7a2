// Saving a claim to the library and taking it out, from its card: the background writes (the database's one
// writer), the card says how it went in plain words, and the page draws the change. A session that ended
// meanwhile (the extension updated) is told so instead of sending.
import { withoutSpan } from '../utils/claims/found';
import { normaliseUrl } from '../utils/url';
import type { CardController } from './card-controller';
import type { Lifetime } from './lifetime';
import { sendOrExplain } from './messages';
import type { Shown } from './overlay-view';

export interface SavingHost {
  shown(): Shown | null;
  /** The reader's saved claims' ids (changed in place). */
  savedIds(): Set<string>;
  /** Works out again which claims are painted and pointable (the saved ones changed). */
  reindex(): void;
  /** Brings the page in line (a saved claim's line drawn or taken away). */
  paint(): void;
}

export class ClaimSaving {
  constructor(
    private readonly ctx: Lifetime,
    private readonly cards: CardController,
    private readonly host: SavingHost,
  ) {}

  async save(id: string): Promise<void> {
    const shown = this.host.shown();
    const claim = shown?.claims.find((c) => c.id === id);
    if (!shown || !claim) return;
    this.cards.setStatus(id, { state: 'saving' });
    const { report } = shown.analysis;
    const result = await sendOrExplain(this.ctx, 'claim/save', {
      claim: withoutSpan(claim),
      pageUrl: normaliseUrl(report.url ?? location.href),
      pageTitle: report.title,
    });
    this.done(id, result, 'saved', (ids) => ids.add(id));
  }

  async unsave(id: string): Promise<void> {
    const result = await sendOrExplain(this.ctx, 'claim/unsave', { id });
    this.done(id, result, 'idle', (ids) => ids.delete(id));
  }

  private done(
    id: string,
    result: { ok: true } | { ok: false; message: string },
    state: 'saved' | 'idle',
    change: (savedIds: Set<string>) => void,
  ): void {
    if (!result.ok) {
      this.cards.setStatus(id, { state: 'error', message: result.message });
      return;
    }
    change(this.host.savedIds());
    this.host.reindex();
    this.cards.setStatus(id, { state });
    this.host.paint();
  }
}
