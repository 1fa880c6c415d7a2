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

// Pages written without sight of the analyser (tests/fixtures/pages-heldout): not tuned on, so not every page
// must be right; these floors catch a regression. Figures: `npm run eval`.
// pages-heldout-3 (24 pages, written without sight of the code or the corpus) was scored once at first sight
// and is not tuned on: 14/24 pages fully right, verdicts 22/23, outlet right 42/46 (docs/eval-notes.md).
describe.each([
  { folder: 'tests/fixtures/pages-heldout', pages: 0.65, verdicts: 0.9 },
  { folder: 'tests/fixtures/pages-heldout-3', pages: 0.55, verdicts: 0.9 },
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
