// The analyser's entry point: page → article → passages → attribution → report. Pure: it reads the DOM it
// is given and returns data; it never changes the page and never throws (bad input gives a warning).

import type { OutletLookup } from '../outlets/types';
import { siteHostOf } from '../url';
import { type ArticleWalk, walkArticle } from './article-text';
import { type Attribution, attributePassage, namesNoSource, outletsBefore, SPOKEN } from './attribute';
import { readCitationLine, readCreditLine } from './block-evidence';
import { giveUnattributedToBook } from './book-passages';
import { breakdownOf } from './breakdown';
import { continuesQuote, quotedSurnames } from './continuation';
import { pageInitials } from './defined-acronyms';
import { squash, tagOf } from './dom';
import { findArticle } from './find-article';
import { forwardedMessages } from './forwarded';
import { initialsBack, initialsOpening } from './initials';
import { type LeadInContext, readLeadIn } from './lead-in';
import { bareAttribution, HANDING_OVER_WORD, unknownOutlet } from './lead-in-names';
import { onPage } from './local-outlets';
import { nameInLanguage, quotesInLanguage } from './names-in-language';
import { countryOfNamedOutlets, linkHosts } from './outlets-country';
import { pageLanguage } from './own-voice';
import { pageCountry } from './page-country';
import { pageQuoteBoxes, type SourceClues } from './page-quote-class';
import { findPassages, type Passage } from './passages';
import { closingSource } from './post-source';
import { findPosts, type Post } from './posts';
import { findPublication, isProjectDocs, onCommunityHost } from './publication';
import { emptyReport } from './report';
import { findRiver, riverSource } from './river';
import { mastheadAlone, namesInProse, newsWordBack, outletsInProse, shortFormIn } from './short-forms';
import { isDomainName, pageNames } from './site-names';
import { pointsBack } from './source-words';
import { strongSourceForm } from './strong-form';
import { tabLabelOf, tabPanels } from './tabs';
import { citedThreadRoot, echoedThreadRoot, hostedPageRoot, hostedThreadRoot, threadRoot } from './thread';
import type { Evidence, FoundQuote, PageAnalysis, PageReport, QuoteReport } from './types';
import { mostlyComments } from './user-page';
import { Writers } from './writers';

export interface AnalyzeOptions {
  /** The page's address, when the document does not know it (a saved file). */
  url?: string | null;
  /** The outlets table sources are named with: `defaultOutlets` (utils/outlets/default-lookup.ts), or one
   * built with createOutletLookup over another table. */
  outlets: OutletLookup;
}

function pageUrl(doc: Document, given: string | null | undefined): string | null {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const candidates = [
    doc.URL,
    canonical,
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) if (c && /^https?:\/\//i.test(c)) return c;
  return null;
}

function titleOf(doc: Document, article: Element | null): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og?.trim()) return squash(og);
  const heading = article?.querySelector('h1, h2') ?? doc.querySelector('h1');
  if (heading?.textContent?.trim()) return squash(heading.textContent);
  const title = squash(doc.title ?? '');
  return title ? title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '') : null;
}

const EMPTY_WALK: ArticleWalk = {
  text: '',
  nodes: [],
  starts: [],
  blocks: [],
  containers: [],
  skipped: [],
  warnings: [],
};

export function analyzePage(doc: Document, options: AnalyzeOptions): PageAnalysis {
  try {
    return analyze(doc, options);
  } catch (error) {
    // The analyser must never break the page or the CLI; a failure is reported, not thrown.
    const message = error instanceof Error ? error.message : String(error);
    return {
      report: emptyReport(options.url ?? null, [`The page could not be analysed: ${message}`]),
      quotes: [],
      article: null,
      articleText: EMPTY_WALK,
    };
  }
}

function analyze(doc: Document, options: AnalyzeOptions): PageAnalysis {
  const url = pageUrl(doc, options.url);
  const body = findArticle(doc);
  const layout = body ? findPosts(doc, body, url) : null;
  // An aggregator's river of excerpts has no post for the article finder to find.
  const river = layout ? null : findRiver(doc, url);
  // A user's post on a shared site is read with its replies (thread.ts).
  const linkedThread = body && !layout && !river ? threadRoot(doc, body, url) : null;
  // Or one whose posters are shown by handle only, quoting each other ("carpdad said:").
  const citedThread =
    body && !layout && !river && !linkedThread
      ? (citedThreadRoot(body) ?? echoedThreadRoot(body, url))
      : null;
  // Or a member's post on a host of communities' pages, its comments under it (a federated forum's thread).
  const communityHost =
    body && !layout && !river && !linkedThread && !citedThread ? onCommunityHost(doc, url) : false;
  const hostedThread =
    body && !layout && !river && !linkedThread && !citedThread
      ? hostedThreadRoot(doc, body, communityHost)
      : null;
  // Or one member's contribution on such a host's page (a review of a catalogue's record): the main region.
  const hostedPage =
    body && !layout && !river && !linkedThread && !citedThread && !hostedThread
      ? hostedPageRoot(doc, body, url, communityHost)
      : null;
  // Or a page that is the public's comments under a short head (a planning portal's comments tab).
  const commentsPage =
    body &&
    !layout &&
    !river &&
    !linkedThread &&
    !citedThread &&
    !hostedThread &&
    !hostedPage &&
    mostlyComments(body)
      ? body
      : null;
  const thread = linkedThread ?? citedThread ?? hostedThread ?? hostedPage ?? commentsPage;
  // On a page of several posts the analysis reads the element that holds them all.
  const article = layout?.root ?? river?.root ?? thread ?? body;
  // A name several outlets share means the one of the page's country when it says it ("The Express" on a page
  // from Trinidad and Tobago), else of its language's countries ("Дневник" on a Serbian page).
  // Asked only when such a name is met: it may read the article's text. A page that says neither is read from
  // the country of the outlets it names (outlets-country.ts).
  const country = () =>
    pageCountry(siteHostOf(url), () => article?.textContent ?? '') ??
    countryOfNamedOutlets(options.outlets, article?.textContent ?? '', linkHosts(article));
  // A short name means the paper of the place the page names ("the Sun" on a blog about Baltimore, in its posts
  // or its header): the page's text is read only when a short name is met.
  const language = pageLanguage(doc);
  const outlets = onPage(options.outlets.inLanguage?.(language, country) ?? options.outlets, doc);
  // Its posters write on a shared site (user-page.ts, for the linked kind): it hosts them and is no publication.
  const publication = citedThread ? null : findPublication(doc, url, article, outlets).name;
  const title = layout ? titleOf(doc, null) : titleOf(doc, article);
  const report: PageReport = {
    url,
    title,
    // The analysis reads the table's names; the report says them as the page's language does.
    publication: nameInLanguage(publication, outlets, language),
    aggregated: false,
    quotes: [],
    posts: [],
    breakdown: [],
    warnings: [],
  };
  if (!article) return { report, quotes: [], article: null, articleText: EMPTY_WALK };

  const excerpts = new Map(river?.items.map((item) => [item.excerpt, item]));
  // Boxes the page's layout sets apart: a river's excerpts, and those of the page's own quotation class.
  const boxes = new Map<Element, unknown>(excerpts);
  const clues: SourceClues = {
    names: (sentence) =>
      outlets.mentions(sentence).length > 0 ||
      bareAttribution(sentence, () => false)?.kind === 'outlet' ||
      unknownOutlet(sentence) !== null,
    credits: (line, element) =>
      line.length <= 90 && readCreditLine(line, element, outlets)?.kind === 'outlet',
    // Only an outlet the table knows: a linked title line also cites a book by its publisher's site.
    cites: (line, element) => {
      const cited = readCitationLine(line, element, outlets);
      return cited?.kind === 'outlet' && cited.outlet !== null && outlets.byName(cited.outlet) !== null;
    },
    describes: (sentence) => {
      const kind = readLeadIn(sentence, [], {
        outlets,
        publication,
        publicationHost: siteHostOf(url),
        earlierOutlets: () => [],
        isSurname: () => false,
        language,
        pageTitle: title,
      })?.kind;
      return kind === 'person' || kind === 'document' || kind === 'self';
    },
  };
  for (const box of pageQuoteBoxes(article, clues)) boxes.set(box, null);
  for (const message of forwardedMessages(article)) boxes.set(message, null);
  // Tab panels under a source's name ("Endpoints News" | "Fierce Biotech") are passages that name their source.
  for (const panel of tabPanels(article)) {
    const label = tabLabelOf(panel)?.textContent ?? '';
    if (label.trim().length <= 90 && clues.names(label.trim())) boxes.set(panel, null);
  }
  const walk = walkArticle(
    article,
    boxes,
    thread !== null,
    layout?.posts.map((post) => post.element),
  );
  report.warnings.push(...walk.warnings);
  const posts = layout?.posts ?? [{ element: article, title }];
  if (layout?.capped)
    report.warnings.push('Very many posts on this page: the later ones are read as part of one post.');
  if (layout) assignPosts(walk, posts, article);
  const { passages, ignored } = findPassages(walk, article, outlets, boxes, thread !== null);

  // Blocks that belong to a passage cannot introduce another one.
  const taken = new Set<number>(ignored);
  for (const p of passages) for (const b of p.blocks) taken.add(b);

  let earlier: ReturnType<typeof outletsBefore> | null = null;
  const context: LeadInContext = {
    outlets,
    publication,
    publicationHost: siteHostOf(url),
    earlierOutlets: () => {
      earlier ??= outletsBefore(walk, article, walk.text.length, outlets);
      return earlier;
    },
    isSurname: (word) => surnameIn(walk.text, word),
    language,
    pageTitle: title,
    projectDocs: isProjectDocs(doc),
  };

  const quotes: FoundQuote[] = [];
  /** Whether each quote's outlet was named by the shape of its name alone (Attribution.tentative). */
  const shapeOnly: boolean[] = [];
  /** Quote index → the block that continues it outside its blockquote. */
  const continued = new Map<number, number>();
  const writers = posts.map(() => new Writers());
  const proseNames = namesInProse(walk, taken);
  const namedInProse = outletsInProse(proseNames);
  for (const passage of passages) {
    const a = attributePassage(passage, walk, taken, context);
    const post = postOf(walk, passage);
    /** The passages before this one in its post that an outlet's words fill: names it may shorten. */
    const postOutletQuotes = () => quotes.filter((q) => q.post === post && q.kind === 'outlet');
    const writersHere = writers[post];
    // A river's item names its source on the line above its headline.
    const item = excerpts.get(passage.elements[0]);
    if (item && a.kind === 'unknown') adopt(a, riverSource(item, outlets));
    // A round-up item's heading cites its source ("3. Engadget: <headline>", or a link to the story).
    if (a.kind === 'unknown' && posts[post].section) adopt(a, headingCitation(posts[post].element, outlets));
    // "The same paper adds:": the source of the passage just before, in the same post.
    const before = quotes[quotes.length - 1];
    // The next of several quotations after one introduction has the first one's source, unless its own words
    // name one (a credit, a dateline).
    if (
      passage.followsQuote &&
      before?.post === post &&
      namesNoSource(a) &&
      before.kind !== 'unknown' &&
      before.evidence[0]?.value !== SPOKEN
    ) {
      a.kind = before.kind;
      a.outlet = before.outlet;
      a.href ??= before.href;
      a.evidence.unshift({ type: 'continuation', value: before.text.slice(0, 120), source: before.outlet });
    }
    // A person's words pointed back to ("Later in the piece, a resident:") are the piece's, as when an outlet
    // carries someone's words.
    if (
      (a.kind === 'unknown' || a.kind === 'person') &&
      a.leadIn &&
      before?.post === post &&
      before.kind === 'outlet' &&
      before.outlet &&
      pointsBack(a.leadIn)
    )
      adopt(a, {
        outlet: before.outlet,
        href: null,
        evidence: { type: 'back-reference', value: a.leadIn.slice(0, 200), source: before.outlet },
      });
    // "On butter:" after a person's answer: an interview's next topic, in the same person's words.
    if (
      a.kind === 'unknown' &&
      a.leadIn &&
      TOPIC_LABEL.test(a.leadIn) &&
      before?.post === post &&
      before.kind === 'person'
    ) {
      a.kind = 'person';
      a.evidence.unshift({ type: 'person', value: a.leadIn.slice(0, 200), source: null });
    }
    // "The Banner adds:": the short form of a name the post gave in full for an earlier passage.
    if (a.kind === 'unknown' && a.leadIn)
      adopt(
        a,
        shortFormIn(
          a.leadIn,
          postOutletQuotes().map((q) => ({
            outlet: q.outlet,
            spelled: q.outlet ? outlets.byName(q.outlet)?.aliases : [],
          })),
        ),
      );
    // "The Herald adds:" after "The Kirkholm Herald …", "BNR adds:" after "Belmora National Radio (BNR) …": words
    // the table knows as one outlet that name the post's own newsroom.
    if (a.kind === 'outlet' && a.outlet && a.leadIn && a.leadInMention && a.evidence[0]?.type === 'lead-in') {
      const said = walk.text.slice(a.leadInMention[0], a.leadInMention[1]);
      adopt(
        a,
        pageInitials(said, a.outlet, walk.text, outlets, a.leadIn) ??
          newsWordBack(said, a.leadIn, a.outlet, postOutletQuotes()) ??
          initialsBack(said, a.outlet, a.leadIn, postOutletQuotes()),
      );
    }
    // "VN tillägger:" after "Västra Nyland skriver:": the initials of a name an earlier passage was credited to.
    if (a.kind === 'unknown' && a.leadIn) adopt(a, initialsOpening(a.leadIn, postOutletQuotes()));
    // "The Mercury adds:" after "I'd missed the Portland Mercury's piece": a name the post's own words gave.
    if (a.kind === 'unknown' && a.leadIn)
      adopt(a, shortFormIn(a.leadIn, namedInProse(post, passage.blocks[0] ?? passage.host)));
    // "The Sentinel says:" with no earlier name it shortens: the masthead's word is the paper's name.
    if (a.kind === 'unknown' && a.leadIn)
      adopt(
        a,
        mastheadAlone(a.leadIn, () => proseNames(post, passage.blocks[0] ?? passage.host)),
      );
    // Nothing nearer named it: the post's closing credit ("Source: nbcnews.com") does.
    if (a.kind === 'unknown') adopt(a, closingSource(walk, post, posts[post].element, taken, outlets));
    if (a.leadIn && a.kind === 'outlet' && a.outlet) writersHere.remember(a.leadIn, a.outlet);
    else if (a.leadIn && (a.kind === 'unknown' || a.kind === 'person')) {
      const known = writersHere.outletFor(a.leadIn);
      if (known) {
        a.kind = 'outlet';
        a.outlet = known.outlet;
        a.evidence.unshift(known.evidence);
      }
    }
    if (a.creditBlock !== null) {
      taken.add(a.creditBlock);
      ignored.add(a.creditBlock);
    }
    const texts =
      passage.form === 'inline'
        ? passage.spans.map(([s, e]) => walk.text.slice(s, e))
        : passage.blocks.map((i) => walk.text.slice(walk.blocks[i].start, walk.blocks[i].end));
    const quote: FoundQuote = {
      id: '',
      kind: a.kind,
      outlet: a.outlet,
      leadIn: a.leadIn,
      text: texts.map(squash).filter(Boolean).join('\n\n'),
      href: a.href,
      form: passage.form,
      continuation: null,
      evidence: a.evidence,
      post,
      spans: passage.spans.slice(),
      elements: passage.elements.slice(),
      leadInMention: a.leadInMention,
    };
    if (passage.form === 'social' || a.kind === 'social') quote.account = a.account;
    if (a.creditBlock !== null) {
      // The credit is marked like the passage: by its element when the passage's are marked and the element
      // is the credit's alone, else by its words (a <br>-line shares its element with the commentary).
      const credit = walk.blocks[a.creditBlock];
      const shared =
        walk.blocks[a.creditBlock - 1]?.element === credit.element ||
        walk.blocks[a.creditBlock + 1]?.element === credit.element;
      if (quote.elements.length > 0 && !shared) quote.elements.push(credit.element);
      else quote.spans.push([credit.start, credit.end]);
    }

    // A paragraph right after the block that goes on with the quote's speaker is the quote's too (speakers
    // are looked for in the last 3,000 characters: enough for any passage, bounded for a hostile one).
    if (passage.form === 'blockquote' && (a.kind === 'outlet' || a.kind === 'unknown')) {
      const nextIndex = (a.creditBlock ?? passage.blocks[passage.blocks.length - 1]) + 1;
      const next = walk.blocks[nextIndex];
      if (next && next.container < 0 && !taken.has(nextIndex) && tagOf(next.element) === 'P') {
        const paragraph = squash(walk.text.slice(next.start, next.end));
        if (continuesQuote(paragraph, () => quotedSurnames(quote.text.slice(-3000)))) {
          quote.continuation = paragraph;
          quote.spans.push([next.start, next.end]);
          quote.elements.push(next.element);
          quote.evidence.push({ type: 'continuation', value: paragraph.slice(0, 120), source: quote.outlet });
          taken.add(nextIndex);
          continued.set(quotes.length, nextIndex);
        }
      }
    }
    quotes.push(quote);
    shapeOnly.push(a.tentative === true && a.kind === 'outlet' && a.outlet === quote.outlet);
  }

  // A name read as an outlet by its shape alone ("— Ngozi Okafor", "HR talked to …:", "AROHA: …", a product in
  // a table) is believed on a page that quotes a newsroom on firmer evidence; where nothing else does (a
  // testimonials page, a club's site, a comparison table) it names no outlet: a credit's name is a person's.
  // A form that says by itself that the name is a source ("According to X:", "X reports:", "Source: X") is
  // believed all the same, on a passage set apart as a block.
  if (!quotes.some((q, i) => q.kind === 'outlet' && !shapeOnly[i])) {
    quotes.forEach((q, i) => {
      if (!shapeOnly[i]) return;
      if (q.form === 'blockquote' && q.outlet !== null && strongSourceForm(q.evidence[0], q.outlet)) return;
      q.kind = q.evidence[0]?.type === 'credit-line' || speakerLabel(q.evidence[0]) ? 'person' : 'unknown';
      q.outlet = null;
    });
    // A table's long cells beside names read as titles only by their shape ("SyncBox Pro", "NoteHub") are a
    // comparison's rows, the writer's own words about each name: no passages.
    const rows = quotes.map((q) => labelledCell(q));
    if (rows.some(Boolean)) dropQuotes(rows, quotes, passages, continued);
  }

  giveUnattributedToBook(quotes);
  namePageSites(quotes, walk.text);
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`;
  });
  // Mark each block with the quote that owns it, so claims know whose words they are.
  for (let i = 0; i < passages.length; i++)
    for (const b of passages[i].blocks) walk.blocks[b].quoteId = quotes[i].id;
  for (const [i, b] of continued) walk.blocks[b].quoteId = quotes[i].id;
  for (const i of ignored) walk.blocks[i].ignored = true;

  quotesInLanguage(quotes, outlets, language);
  const shownPublication = report.publication;
  const aggregated = quotes.some(
    (q) => q.kind === 'outlet' && q.outlet !== null && q.outlet !== shownPublication,
  );
  // A page that quotes no outlet gives none to its own words either: a company's or a union's statement quoted
  // on its own site is its words, not a source's passage.
  if (!aggregated) for (const q of quotes) if (q.kind === 'self') q.outlet = null;
  report.quotes = quotes.map(toReport);
  report.posts = posts.map((p, index) => ({
    index,
    title: p.title,
    quoteIds: quotes.filter((q) => q.post === index).map((q) => q.id),
  }));
  report.aggregated = aggregated;
  report.breakdown = breakdownOf(walk, quotes, ignored, shownPublication);
  return { report, quotes, article, articleText: walk };
}

/** A passage in table cells whose only source was a cell's label read by its shape. */
function labelledCell(q: FoundQuote): boolean {
  return (
    q.elements.length > 0 &&
    q.elements.every((e) => /^T[DH]$/.test(tagOf(e))) &&
    q.outlet === null &&
    q.evidence.some((e) => e.type === 'cite-element') &&
    q.evidence.every((e) => e.type === 'cite-element' || e.type === 'person')
  );
}

/** Removes the quotes marked, with their passages, keeping continuations pointed at the quotes left. */
function dropQuotes(
  drop: boolean[],
  quotes: FoundQuote[],
  passages: Passage[],
  continued: Map<number, number>,
) {
  const moved = new Map<number, number>();
  let kept = 0;
  drop.forEach((gone, i) => {
    if (!gone) moved.set(i, kept++);
  });
  const entries = [...continued].filter(([i]) => moved.has(i)).map(([i, b]) => [moved.get(i)!, b] as const);
  continued.clear();
  for (const [i, b] of entries) continued.set(i, b);
  for (let i = drop.length - 1; i >= 0; i--)
    if (drop[i]) {
      quotes.splice(i, 1);
      passages.splice(i, 1);
    }
}

/** A citation line that labels a speaker and a topic, as a transcript's clip does ("AROHA: on the night the
 * mill closed", "RANGI — on the apprenticeship"): the name, then words in lower case where a headline's
 * would be capitalised. */
function speakerLabel(evidence: Evidence | undefined): boolean {
  if (evidence?.type !== 'citation-line' || !evidence.source) return false;
  const at = evidence.value.indexOf(evidence.source);
  return at >= 0 && /^\s*[:|–—-]\s*\p{Ll}/u.test(evidence.value.slice(at + evidence.source.length));
}

/** A lead-in that only names a topic: "On butter:", "On the council's budget:". */
const TOPIC_LABEL = /^(?:And\s+)?[Oo]n\s+[^.!?:]{1,60}:\s*$/;

/** Sites known only by their domain take the name the page's own words give them ("Canary Media"). */
function namePageSites(quotes: FoundQuote[], text: string) {
  let nameOf: ((domain: string) => string | null) | null = null;
  for (const q of quotes) {
    if (q.kind !== 'outlet' || !q.outlet || !isDomainName(q.outlet)) continue;
    nameOf ??= pageNames(text);
    const name = nameOf(q.outlet);
    if (!name) continue;
    q.evidence.push({ type: 'page-name', value: name, source: name });
    q.outlet = name;
  }
}

/** Each block's post: the post element it sits in; blocks between posts, and those after a round-up item's
 * heading, go with the post before. */
function assignPosts(walk: ArticleWalk, posts: Post[], root: Element) {
  const index = new Map<Element, number>();
  for (const [i, p] of posts.entries()) index.set(p.element, i);
  let last = 0;
  for (const block of walk.blocks) {
    let post = -1;
    for (let el: Element | null = block.element; el && el !== root; el = el.parentElement) {
      const found = index.get(el);
      if (found !== undefined) {
        post = found;
        break;
      }
    }
    block.post = post >= 0 ? post : last;
    last = block.post;
  }
}

/** Gives a passage that nothing named the outlet a wider clue found, the clue first in its evidence. */
function adopt(
  a: Attribution,
  clue: { outlet: string | null; href: string | null; evidence: Evidence } | null,
): void {
  if (!clue?.outlet) return;
  a.kind = 'outlet';
  a.outlet = clue.outlet;
  a.href ??= clue.href;
  a.evidence.unshift(clue.evidence);
}

function headingCitation(heading: Element, outlets: OutletLookup) {
  const line = readCitationLine(heading.textContent ?? '', heading, outlets);
  if (line?.outlet) return { outlet: line.outlet, href: line.href, evidence: line.evidence };
  for (const a of heading.querySelectorAll('a[href]')) {
    const outlet = outlets.byHost(a.getAttribute('href')!);
    if (outlet)
      return {
        outlet: outlet.name,
        href: a.getAttribute('href'),
        evidence: {
          type: 'citation-line' as const,
          value: squash(heading.textContent ?? '').slice(0, 200),
          source: outlet.name,
        },
      };
  }
  return null;
}

function postOf(walk: ArticleWalk, passage: { blocks: number[]; host: number }): number {
  return walk.blocks[passage.blocks[0] ?? passage.host]?.post ?? 0;
}

export function toReport(q: FoundQuote): QuoteReport {
  const { spans: _spans, elements: _elements, leadInMention: _mention, ...report } = q;
  return report;
}

/** Whether `text` names someone with this surname: a capitalised given name right before it ("Elon Musk"),
 * not an article or a sentence's first word ("The Kestrel", "From Kestrel"). */
function surnameIn(text: string, word: string): boolean {
  // A space, not a line's end: a heading's last word ("Money") is no given name of the next line's first.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+${word}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re))
    if (!NOT_GIVEN_NAMES.test(m[1]) && !HANDING_OVER_WORD.test(m[1])) return true;
  return false;
}

const NOT_GIVEN_NAMES =
  /^(?:The|A|An|And|But|From|Via|Here|Per|In|On|At|Of|For|With|By|To|As|This|That|Says|Quoting|Quoth|Over|More|Credit|Kudos|Mr|Mrs|Ms|Dr|Il|La|Le|El|Der|Die|Das|De|Het)$/;
