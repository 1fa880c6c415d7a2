// Scores an analysis against a page's labels, in the format of ../shared/corpus/labels.json (extended by
// tests/fixtures/pages/labels.json with url, publication, quoteCount and a kind per quote). Shared by
// `npm run eval` and the unit tests, so both judge the same way.
import type { PageReport, QuoteKind, QuoteReport } from '../../utils/analysis/types';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

export interface QuoteLabel {
  starts: string;
  outlet: Array<string | null>;
  kind?: QuoteKind;
  account?: string;
  /** The block must be found as a quoted passage; without it, a label that accepts no outlet is also met by
   * the block not being reported at all (it is then left without an outlet). */
  strict?: boolean;
}

export interface PageLabel {
  url?: string;
  pattern?: string;
  aggregated: boolean | null;
  publication?: string | null;
  quoteCount?: number;
  noOutletAnywhere?: boolean;
  /** For a page of several posts: each post's title (as its heading reads) and number of passages. */
  posts?: Array<{ title: string; quoteCount: number }>;
  quotes: QuoteLabel[];
}

export interface LabelsFile {
  pages: Record<string, PageLabel>;
}

export interface QuoteVerdict {
  starts: string;
  found: boolean;
  outletOk: boolean;
  kindOk: boolean;
  got: { outlet: string | null; kind: QuoteKind } | null;
  expected: QuoteLabel;
}

export interface PageVerdict {
  aggregatedOk: boolean;
  publicationOk: boolean | null;
  countOk: boolean | null;
  noOutletOk: boolean | null;
  quotes: QuoteVerdict[];
  problems: string[];
  ok: boolean;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const sameName = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && normal(a).replace(/^the /, '') === normal(b).replace(/^the /, ''));

/** The outlet table tells apart outlets of one name by a place in parentheses ("New Era (Namibia)", "The
 * Courier (Dundee)"); labels written without the table may give the name alone. The place qualifies the name
 * and is no part of it, so a reported name meets a label that is the same name without it. */
const withoutQualifier = (name: string | null) => name?.replace(/\s+\(\p{Lu}[^()]*\)$/u, '') ?? null;

/** A report gives an outlet its name in the page's language where the table has one (Outlet.names: "Keystone-ATS"
 * on a French page), where a label may give the table's name ("Keystone-SDA"). A label that gives the name in
 * a language asks for that name. */
function inPageLanguage(label: string | null, reported: string | null): boolean {
  if (label === null || reported === null) return false;
  const outlet = defaultOutlets.byName(label);
  return (
    outlet?.names !== undefined &&
    sameName(outlet.name, label) &&
    Object.values(outlet.names).some((name) => sameName(name, reported))
  );
}

const outletMeets = (label: string | null, reported: string | null) =>
  sameName(label, reported) ||
  (reported !== null && sameName(label, withoutQualifier(reported))) ||
  inPageLanguage(label, reported);

/** The blog's own words carry the blog's name as their outlet in a report (the seed's "correct analysis" names
 * the blog), while labels may say "no outlet" for them: both say the passage is the publication's own, so a
 * self passage named after the page's own publication meets a self label that accepts no outlet. */
function ownVoiceAsNone(expected: QuoteLabel, q: QuoteReport, publication: string | null): boolean {
  return (
    expected.kind === 'self' &&
    q.kind === 'self' &&
    expected.outlet.includes(null) &&
    publication !== null &&
    sameName(q.outlet, publication)
  );
}

/** A predicted quote matches a label when its text begins with the label's first words (near the start), or
 * when one of its paragraphs does: adjacent blocks after one lead-in are reported as one passage, and each
 * block's words then carry that passage's outlet. */
function findQuote(
  quotes: QuoteReport[],
  starts: string,
  taken: ReadonlySet<QuoteReport> = new Set(),
): QuoteReport | null {
  const want = normal(starts);
  const begins = (text: string) =>
    normal(text)
      .slice(0, want.length + 40)
      .includes(want);
  // A label repeating an earlier label's `starts` means the next passage beginning so (a reply quoting the
  // words the page gave first): the passages the earlier labels matched are passed over, when another one begins so.
  const free = quotes.filter((q) => !taken.has(q));
  return (
    free.find((q) => begins(q.text)) ??
    free.find((q) => q.text.split('\n\n').slice(1).some(begins)) ??
    quotes.find((q) => begins(q.text)) ??
    quotes.find((q) => q.text.split('\n\n').slice(1).some(begins)) ??
    null
  );
}

export function judgePage(report: PageReport, label: PageLabel): PageVerdict {
  const problems: string[] = [];
  const aggregatedOk = label.aggregated === null || report.aggregated === label.aggregated;
  if (!aggregatedOk) problems.push(`aggregated: expected ${label.aggregated}, got ${report.aggregated}`);
  let publicationOk: boolean | null = null;
  if (label.publication !== undefined) {
    publicationOk =
      sameName(report.publication, label.publication) ||
      inPageLanguage(label.publication, report.publication);
    if (!publicationOk)
      problems.push(`publication: expected ${label.publication}, got ${report.publication}`);
  }
  let countOk: boolean | null = null;
  if (label.quoteCount !== undefined) {
    countOk = report.quotes.length === label.quoteCount;
    if (!countOk) problems.push(`quotes: expected ${label.quoteCount}, got ${report.quotes.length}`);
  }
  let noOutletOk: boolean | null = null;
  if (label.noOutletAnywhere) {
    const offenders = report.quotes.filter((q) => q.kind === 'outlet' && q.outlet);
    noOutletOk = offenders.length === 0;
    if (!noOutletOk) problems.push(`no outlet expected, got ${offenders.map((q) => q.outlet).join(', ')}`);
  }
  if (label.posts) {
    const got = report.posts ?? [];
    const same =
      got.length === label.posts.length &&
      label.posts.every(
        (want, i) =>
          normal(got[i].title ?? '').includes(normal(want.title)) &&
          got[i].quoteIds.length === want.quoteCount,
      );
    if (!same)
      problems.push(
        `posts: expected ${label.posts.map((p) => `"${p.title.slice(0, 20)}" (${p.quoteCount})`).join(', ')}, got ${got.map((p) => `"${(p.title ?? '').slice(0, 20)}" (${p.quoteIds.length})`).join(', ')}`,
      );
  }
  /** The passages matched by the labels so far, by their normalised `starts`. */
  const matched = new Map<string, Set<QuoteReport>>();
  const quotes = label.quotes.map((expected): QuoteVerdict => {
    const key = normal(expected.starts);
    const taken = matched.get(key) ?? new Set<QuoteReport>();
    const q = findQuote(report.quotes, expected.starts, taken);
    if (q) matched.set(key, taken.add(q));
    const outletOk =
      q !== null &&
      (expected.outlet.some((o) => outletMeets(o, q.outlet)) ||
        ownVoiceAsNone(expected, q, report.publication));
    const kindOk = q !== null && (expected.kind === undefined || expected.kind === q.kind);
    const mayBeMissing = !expected.strict && expected.outlet.includes(null) && expected.kind === undefined;
    if (!q && mayBeMissing) {
      return { starts: expected.starts, found: false, outletOk: true, kindOk: true, got: null, expected };
    }
    if (!q) problems.push(`missing quote "${expected.starts}"`);
    else if (!outletOk || !kindOk)
      problems.push(
        `"${expected.starts.slice(0, 30)}": expected ${expected.outlet.join('/')} (${expected.kind ?? 'any'}), got ${q.outlet} (${q.kind})`,
      );
    return {
      starts: expected.starts,
      found: q !== null,
      outletOk,
      kindOk,
      got: q && { outlet: q.outlet, kind: q.kind },
      expected,
    };
  });
  return {
    aggregatedOk,
    publicationOk,
    countOk,
    noOutletOk,
    quotes,
    problems,
    ok: problems.length === 0,
  };
}

/** The figures issue 12 asks of a folder of real pages. */
export interface Scorecard {
  pages: number;
  /** Quotes whose label names outlets and accepts no "none": the outlet must be one of them. */
  definite: number;
  definiteOk: number;
  /** Pages labelled aggregated or not (null labels accept either and are not counted). */
  verdicts: number;
  verdictsOk: number;
  /** Pages where no quote may carry a news outlet. */
  noOutletPages: number;
  noOutletPagesOk: number;
  /** Blocks labelled with no outlet as the only answer: they must be left without one. */
  nonOutletBlocks: number;
  nonOutletBlocksOk: number;
}

export function scorecard(pages: Array<{ label: PageLabel; verdict: PageVerdict }>): Scorecard {
  const card: Scorecard = {
    pages: 0,
    definite: 0,
    definiteOk: 0,
    verdicts: 0,
    verdictsOk: 0,
    noOutletPages: 0,
    noOutletPagesOk: 0,
    nonOutletBlocks: 0,
    nonOutletBlocksOk: 0,
  };
  for (const { label, verdict } of pages) {
    card.pages++;
    if (label.aggregated !== null) {
      card.verdicts++;
      if (verdict.aggregatedOk) card.verdictsOk++;
    }
    if (label.noOutletAnywhere) {
      card.noOutletPages++;
      if (verdict.noOutletOk) card.noOutletPagesOk++;
    }
    for (const q of verdict.quotes) {
      const names = q.expected.outlet;
      if (!names.includes(null)) {
        card.definite++;
        if (q.found && q.outletOk) card.definiteOk++;
      } else if (names.every((n) => n === null)) {
        card.nonOutletBlocks++;
        if (!q.got || q.got.outlet === null || q.got.kind !== 'outlet') card.nonOutletBlocksOk++;
      }
    }
  }
  return card;
}
