// Every labelled fixture page (tests/fixtures/pages and the seed pages) must come out as its labels say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse';
import { judgePage, type LabelsFile } from '../../scripts/lib/page-labels';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

for (const folder of ['tests/fixtures/seed', 'tests/fixtures/pages', 'tests/fixtures/patterns']) {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as LabelsFile;
  describe(folder, () => {
    it.each(Object.entries(labels.pages))('%s', async (file, label) => {
      const page = parseHtml(readFileSync(join(folder, file), 'utf8'), label.url);
      try {
        const verdict = judgePage(
          analyzePage(page.document, { url: label.url, outlets: defaultOutlets }).report,
          label,
        );
        expect(verdict.problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}

// Pages written without sight of the analyser (pages-heldout, -3, -4, -5, -6): each set was scored once at first sight
// (docs/eval-notes.md) and its misses then worked on; not every page must be right (some labels are judgement
// calls on kinds and publications), so these floors, a little under the present figures, catch a regression.
// Figures: `npm run eval`.
describe.each([
  { folder: 'tests/fixtures/pages-heldout', pages: 0.75, verdicts: 0.9 },
  { folder: 'tests/fixtures/pages-heldout-3', pages: 0.75, verdicts: 0.95 },
  { folder: 'tests/fixtures/pages-heldout-4', pages: 0.8, verdicts: 0.95 },
  { folder: 'tests/fixtures/pages-heldout-5', pages: 0.35, verdicts: 0.8 },
  { folder: 'tests/fixtures/pages-heldout-6', pages: 0.45, verdicts: 0.8 },
])('$folder', ({ folder, pages: pagesFloor, verdicts: verdictsFloor }) => {
  it('stays at or above its measured accuracy', async () => {
    const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as LabelsFile;
    let pagesOk = 0;
    let verdictsOk = 0;
    let verdicts = 0;
    for (const [file, label] of Object.entries(labels.pages)) {
      const page = parseHtml(readFileSync(join(folder, file), 'utf8'), label.url);
      try {
        const verdict = judgePage(
          analyzePage(page.document, { url: label.url, outlets: defaultOutlets }).report,
          label,
        );
        if (verdict.ok) pagesOk++;
        if (label.aggregated !== null) {
          verdicts++;
          if (verdict.aggregatedOk) verdictsOk++;
        }
      } finally {
        await page.close();
      }
    }
    expect(pagesOk / Object.keys(labels.pages).length).toBeGreaterThanOrEqual(pagesFloor);
    expect(verdictsOk / verdicts).toBeGreaterThanOrEqual(verdictsFloor);
  }, 60_000);
});
