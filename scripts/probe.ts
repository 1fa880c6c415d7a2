// npm run probe [-- [-v] [FORM-PREFIX...]]: puts invented names of five classes (newsrooms worded as such,
// plain names, people, organisations that are not media, products) into lead-in forms of several languages,
// on pages with and without a known outlet's passage (the anchor), and prints per form and class how often
// the name became the passage's outlet: hits for the first two classes, false outlets for the traps (which
// must stay at 0). -v lists every miss and false outlet; a prefix ("en-", "ja-") keeps only its forms.
import { parseHtml } from '../cli/parse';
import { analyzePage } from '../utils/analysis/analyze';
import { defaultOutlets } from '../utils/outlets/default-lookup';
import { CHROME, FORMS, NAME_CLASSES, NAMES } from './lib/probe-forms';
import { outcome, PROBE_URL, probePage, Tally } from './lib/probe-pages';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const prefixes = args.filter((a) => a !== '-v');
const forms = FORMS.filter((f) => prefixes.length === 0 || prefixes.some((p) => f.id.startsWith(p)));
const SHORT = { newsroom: 'news', plain: 'plain', person: 'person', organisation: 'org', product: 'product' };

const tallies = { anchored: new Tally(), alone: new Tally() };
let anchorMissed = 0;
for (const form of forms) {
  const passage = CHROME[form.lang].passage.slice(0, 12);
  for (const [mode, tally] of Object.entries(tallies)) {
    for (const cls of NAME_CLASSES) {
      for (const name of NAMES[form.lang][cls]) {
        const page = parseHtml(probePage(form, name, mode === 'anchored'), PROBE_URL);
        const { report } = analyzePage(page.document, { url: PROBE_URL, outlets: defaultOutlets });
        const quote = report.quotes.find((q) => q.text.startsWith(passage));
        const outlet = quote?.kind === 'outlet' ? quote.outlet : null;
        const result = outcome(cls, name, outlet);
        tally.add(form.id, cls, result);
        const anchorQuote = report.quotes.find((q) =>
          q.text.startsWith(CHROME[form.lang].anchorPassage.slice(0, 12)),
        );
        if (mode === 'anchored' && anchorQuote?.kind !== 'outlet') anchorMissed++;
        if (
          verbose &&
          (result === 'false' ||
            result === 'other' ||
            (result === 'none' && cls === 'newsroom') ||
            (result === 'none' && cls === 'plain'))
        )
          console.log(
            `  ${mode} ${form.id} ${cls} ${name}: ${quote ? `${quote.kind} ${quote.outlet ?? ''}` : 'no passage'}`,
          );
      }
    }
  }
}

const row = (tally: Tally, id: string) =>
  NAME_CLASSES.map((c) => `${SHORT[c]} ${tally.cell(id, c)}`.padEnd(12)).join('');
console.log(`${'form'.padEnd(26)}${'with the anchor'.padEnd(60)}alone`);
for (const form of forms)
  console.log(`${form.id.padEnd(26)}${row(tallies.anchored, form.id)}${row(tallies.alone, form.id)}`);
for (const [mode, tally] of Object.entries(tallies)) {
  const parts = NAME_CLASSES.map((c) => {
    const { n, count } = tally.total(c);
    return `${c} ${count}/${n}`;
  });
  console.log(
    `TOTAL ${mode}: outlets named: ${parts.slice(0, 2).join(' · ')} | false outlets: ${parts.slice(2).join(' · ')}`,
  );
}
if (anchorMissed > 0) console.log(`(the anchor passage named no outlet on ${anchorMissed} pages)`);
