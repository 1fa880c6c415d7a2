// The page may take our highlights away (`CSS.highlights.clear()`, a highlight deleted or replaced, our <style>
// removed) and no event says so: while highlights are shown, look once a second and put back what went
// (highlight-painter.ts). Each look is also a check that the extension is still there (lifetime.ts: nothing
// else notices an update while the page is idle), which ends the session's work once it is gone. The
// interval ends with the lifetime.
import type { Lifetime } from './lifetime';

/** How often the highlights are checked for a page that took them away. */
export const RESTORE_POLL_MS = 1_000;

export function keepHighlights(ctx: Lifetime, restore: () => void, shown: () => boolean): void {
  ctx.setInterval(() => {
    if (shown()) restore();
  }, RESTORE_POLL_MS);
}
