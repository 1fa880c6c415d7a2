// Finds the element that holds the post's body, on the blog itself, on syndicated copies and in feed
// readers. Paragraph text is credited to its parent (and half to its grandparent), as content extractors
// commonly do; furniture (nav, comments, related links) never wins. Known body containers get a bonus.
import { classList, closest, isFurniture, isSkipped, tagOf } from './dom';
import { mostlyComments } from './user-page';

const BODY_HINTS = [
  'entry-content',
  'post-body',
  'post-content',
  'article-body',
  'article-content',
  'articlebody',
  'story-body',
  'body markup',
  'available-content',
  'postarticle-content',
  'section-content',
  'post-entry',
  'blog-post',
  'content',
  'article',
  'story',
  'post',
  'entry',
];

/** Elements whose own text counts toward their container's score. Looked up tag by tag: order does not
 * matter for scoring, and a selector list is slow in some DOM implementations. */
const SCORED = ['p', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'li'];
const MAX_PER_TAG = 5_000;

function hintBonus(el: Element): number {
  const tag = tagOf(el);
  if (tag === 'ARTICLE' || el.getAttribute('itemprop') === 'articleBody') return 1.25;
  const cls = `${classList(el)} ${el.id.toLowerCase()}`;
  if (!cls.trim()) return 1;
  for (let i = 0; i < BODY_HINTS.length; i++) if (cls.includes(BODY_HINTS[i])) return i < 11 ? 1.3 : 1.1;
  return 1;
}

/** True when the element or an ancestor up to the body is furniture or hidden. A <form> is furniture (a sign-up
 * or search box) unless it wraps quotations or the page: forums wrap a thread's posts in their moderation form,
 * and some site builders wrap the whole page in one (ASP.NET's `aspnetForm`). `forms` remembers each form's
 * answer for the page. */
function inFurniture(el: Element, body: Element, forms = new Map<Element, boolean>()): boolean {
  return (
    closest(
      el,
      (e) => (tagOf(e) === 'FORM' ? !wrapsContent(e, body, forms) : isFurniture(e, true)) || isSkipped(e),
      body,
    ) !== null
  );
}

function wrapsContent(form: Element, body: Element, forms: Map<Element, boolean>): boolean {
  let wraps = forms.get(form);
  if (wraps === undefined) {
    wraps =
      form.getElementsByTagName('blockquote').length > 0 ||
      form.getElementsByTagName('article').length > 0 ||
      wrapsPage(form, body);
    forms.set(form, wraps);
  }
  return wraps;
}

/** A form standing straight in the body and holding nine tenths of its text or more: the page's wrapper. */
function wrapsPage(form: Element, body: Element): boolean {
  if (form.parentElement !== body) return false;
  const inside = form.textContent?.length ?? 0;
  return inside > 0 && inside * 10 >= (body.textContent?.length ?? 0) * 9;
}

export function findArticle(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const scored: Element[] = [];
  for (const tag of SCORED) {
    const list = body.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < MAX_PER_TAG; i++) scored.push(list[i]);
  }
  for (const el of scored) {
    const parent = el.parentElement;
    if (!parent) continue;
    // Text inside a blockquote counts for the blockquote's container, not for the blockquote.
    if (tagOf(parent) === 'BLOCKQUOTE' || (tagOf(el) === 'LI' && el.querySelector('p'))) continue;
    const length = Math.min(el.textContent?.length ?? 0, 5_000);
    if (length < 25) continue;
    const linkText = tagOf(el) === 'LI' ? linkLength(el) : 0;
    const weight = tagOf(el) === 'LI' ? Math.max(0, length - 2 * linkText) * 0.5 : length;
    scores.set(parent, (scores.get(parent) ?? 0) + weight);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + weight / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  const forms = new Map<Element, boolean>();
  for (const [el, score] of scores) {
    if (el === body || el === doc.documentElement) continue;
    const total = score * hintBonus(el);
    if (total > bestScore && !inFurniture(el, body, forms)) {
      best = el;
      bestScore = total;
    }
  }
  // A thread whose every post is a "comment" box (a code host's issue or discussion): with no body as long
  // outside them, the element holding the comments, itself no comment, is the body.
  if (bestScore < LOOSE_CHECK_BELOW) {
    const thread = commentThread(scores, body, forms);
    if (thread && thread.score > bestScore * 2) {
      best = thread.element;
      bestScore = thread.score;
    }
  }
  // A page whose body is loose text and <br>s (a journal entry, a hand-made page) may still have a few
  // headings or list items in its header: they must not outweigh the body's text.
  if (bestScore < LOOSE_CHECK_BELOW) {
    const loose = bestByLooseText(body);
    if (loose && (!best || loose.score > bestScore * 2)) best = loose.element;
  }
  if (!best) return null;
  best = joinSplitBody(best, body);
  best = withUpdates(best, body);
  best = withResponse(best, body);
  best = cellsTable(loneInCell(best), body) ?? best;
  // An AMP web story lays one body out as screens (<amp-story-page>), each scored apart: the story holding them
  // is the body.
  best = closest(best, (e) => tagOf(e) === 'AMP-STORY', body) ?? best;
  // Climb to an enclosing <article> (or articleBody) when it adds the title and byline, not other posts.
  const article = closest(
    best.parentElement,
    (e) => tagOf(e) === 'ARTICLE' || e.getAttribute('itemprop') === 'articleBody',
    body,
  );
  if (article && article.querySelectorAll('article').length === 0) return article;
  return best;
}

/** How far above a scored element the element holding a thread's comments is looked for. */
const COMMENT_THREAD_LEVELS = 4;

/** The element, outside furniture, whose children are comment boxes under a short head at most (`mostlyComments`), holding the most
 * of the scored text, with that score; or null. */
function commentThread(
  scores: ReadonlyMap<Element, number>,
  body: Element,
  forms: Map<Element, boolean>,
): { element: Element; score: number } | null {
  const held = new Map<Element, number>();
  const judged = new Map<Element, boolean>();
  for (const [el, score] of scores) {
    let node = el.parentElement;
    for (let i = 0; node && node !== body && i < COMMENT_THREAD_LEVELS; i++, node = node.parentElement) {
      let thread = judged.get(node);
      if (thread === undefined) {
        thread = mostlyComments(node) && !inFurniture(node, body, forms);
        judged.set(node, thread);
      }
      if (thread) {
        held.set(node, (held.get(node) ?? 0) + score);
        break;
      }
    }
  }
  let best: { element: Element; score: number } | null = null;
  for (const [element, score] of held) if (!best || score > best.score) best = { element, score };
  return best;
}

/** Below this score (about two paragraphs' worth) the paragraphs found may be a header's, not a body's. */
const LOOSE_CHECK_BELOW = 600;

/** How far up a split body is looked for: a page builder's box and its inner wrapper. */
const SPLIT_LEVELS = 3;

/** A paragraph this long in a sibling box is the body's text, not a caption or a button's. */
const SPLIT_TEXT_MIN = 80;

/** Whether a sibling box is a builder's quote or text box: a blockquote, or a paragraph of text, and no heading
 * of its own (a post would have one). */
function isBodyBoxOf(el: Element): boolean {
  if (tagOf(el) === 'ARTICLE' || el.querySelector('h1, h2, h3') !== null) return false;
  if (el.getElementsByTagName('blockquote').length > 0) return true;
  const paragraphs = el.getElementsByTagName('p');
  for (const p of paragraphs) if ((p.textContent?.trim().length ?? 0) >= SPLIT_TEXT_MIN) return true;
  // A block editor writes a paragraph as a <div> in its block (Notion's "notion-text-block"): a box with no
  // paragraph element and no link, holding a paragraph's length of text, is a text box too.
  return (
    paragraphs.length === 0 &&
    el.getElementsByTagName('a').length === 0 &&
    (el.textContent?.trim().length ?? 0) >= SPLIT_TEXT_MIN
  );
}

/** How far above the sections' container the document's title may stand: a layout's column and row
 * ("main > h1, div.row > div.col-main > section…"). */
const TITLE_LEVELS = 2;

/** A document exported in sections (org-mode's "outline-2", AsciiDoc's "sect1", pandoc's <section>), or a
 * page laid out in them (a consultation's "We asked", "You said", "We did"): its title is an <h1> outside the
 * sections, a child of their container or of one of the layout's wrappers just above it. */
function isSectionedDocument(parent: Element, body: Element): boolean {
  let holder: Element | null = parent;
  for (let level = 0; holder && holder !== body && level <= TITLE_LEVELS; level++) {
    for (const child of holder.children) if (tagOf(child) === 'H1') return true;
    holder = holder.parentElement;
  }
  return false;
}

/** A section of such a document: a heading of its own that links nowhere else (a post's title links to the
 * post) over words of the body. */
function isSectionOf(el: Element): boolean {
  const heading = el.querySelector('h2, h3, h4');
  if (!heading || tagOf(el) === 'ARTICLE') return false;
  for (const a of heading.querySelectorAll('a[href]'))
    if (!a.getAttribute('href')!.startsWith('#')) return false;
  if (el.getElementsByTagName('blockquote').length > 0) return true;
  for (const p of el.getElementsByTagName('p'))
    if ((p.textContent?.trim().length ?? 0) >= SPLIT_TEXT_MIN) return true;
  return false;
}

/**
 * Page builders (Elementor's widgets, Squarespace's blocks, TYPO3's content elements) split one body into
 * sibling boxes of one kind: a text box, a quote box, another text box. The best-scoring box is then only a
 * part of the body, which is the element holding it and a sibling quote or text box whose class it shares
 * (the class may read like furniture,
 * "elementor-widget": the box won, so its kind is the body's). The climb stops at the page's body and at
 * furniture.
 */
function joinSplitBody(best: Element, body: Element): Element {
  let box = best;
  for (let level = 0; level < SPLIT_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === body || parent === body.ownerDocument.documentElement) break;
    const kinds = [...box.classList];
    const sections = isSectionedDocument(parent, body);
    const joined =
      kinds.length > 0 &&
      [...parent.children].some(
        (s) =>
          s !== box &&
          kinds.some((k) => s.classList.contains(k)) &&
          (isBodyBoxOf(s) || (sections && isSectionOf(s))),
      );
    if (joined) return inFurniture(parent, body) ? best : parent;
    box = parent;
  }
  return best;
}

/** A box of updates to a story (a petition's or a campaign's "Updates"): named so by its class, id or test id,
 * or headed so. */
const UPDATES_NAME = /(?:^|[-_\s])updates?(?:$|[-_\s])/i;
const UPDATES_HEADING = /^\s*(?:latest\s+)?updates?\b/i;

export function isUpdatesBox(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''}`;
  const heading = el.querySelector('h2, h3');
  return (
    (UPDATES_NAME.test(names) || UPDATES_HEADING.test(heading?.textContent ?? '')) &&
    el.getElementsByTagName('p').length > 0
  );
}

/** A story followed by its updates in a box beside it (a petition page's description, then "Updates" with the
 * starter's later posts): the updates are the same writer's words, so the body is the box holding both, when
 * that box is not the page's body or furniture. */
function withUpdates(best: Element, body: Element): Element {
  const parent = best.parentElement;
  if (!parent || parent === body || parent === body.ownerDocument.documentElement) return best;
  for (let next = best.nextElementSibling; next; next = next.nextElementSibling)
    if (isUpdatesBox(next)) return inFurniture(parent, body) ? best : parent;
  return best;
}

/** A box answering a petition or a consultation (a parliament's or a government's "Government responded"): named
 * so by its class or id, or headed so. */
const RESPONSE_NAME = /(?:^|[-_\s])responses?(?:$|[-_\s])/i;
const RESPONSE_HEADING = /\bresponded\b|^\s*(?:(?:official|government|council)\s+)?response\b/i;

/** How far above the body a petition's page may hold its answer beside it: the petition's text sits in a
 * disclosure inside the petition's panel. */
const RESPONSE_LEVELS = 3;

function isResponseBox(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  const heading = el.querySelector('h2, h3');
  return (
    (RESPONSE_NAME.test(names) || RESPONSE_HEADING.test(heading?.textContent ?? '')) &&
    el.getElementsByTagName('p').length > 0
  );
}

/** A petition followed by the answer it got, in a box after the petition's (a petitions site's "Government
 * responded"): the answer quotes the petition and belongs to the same page's record, so the body is the box
 * holding both, when that box is not the page's body or furniture. */
function withResponse(best: Element, body: Element): Element {
  let box = best;
  for (let level = 0; level <= RESPONSE_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === body || parent === body.ownerDocument.documentElement) return best;
    for (let next = box.nextElementSibling; next; next = next.nextElementSibling)
      if (isResponseBox(next)) return inFurniture(parent, body) ? best : parent;
    box = parent;
  }
  return best;
}

/** Rows with text a body's table holds, at least: an e-mail's items each have their own row. */
const MIN_TEXT_ROWS = 3;

/**
 * E-mail newsletters lay a body out as a table, an item or a quotation a row: the best cell is then only a
 * part of the body, which is the table holding it when several of its rows carry text. Not for a cell of a
 * table inside a body of paragraphs (a data table in an article): there a paragraph outscores every cell.
 */
function cellsTable(best: Element, body: Element): Element | null {
  const tag = tagOf(best);
  if (tag !== 'TD' && tag !== 'TH') return null;
  const table = closest(best, (e) => tagOf(e) === 'TABLE', body);
  if (!table || inFurniture(table, body)) return null;
  let rows = 0;
  for (const row of table.getElementsByTagName('tr')) {
    if ((row.textContent?.trim().length ?? 0) >= 25) rows++;
    if (rows >= MIN_TEXT_ROWS) return table;
  }
  return stackedBlocks(table, body);
}

/** The cell a box of loose text is the only element of (MJML's `<td><div style="font-size:15px">…</div></td>`, a
 * row's text wrapped once for its style), or the box itself. A box of paragraphs in a cell (Mailchimp's
 * "mcnTextContent" in the body's cell) is a body of its own, which the rows around it (a header, a footer) are
 * not part of. */
function loneInCell(best: Element): Element {
  const cell = best.parentElement;
  return cell &&
    /^T[DH]$/.test(tagOf(cell)) &&
    cell.children.length === 1 &&
    best.querySelector('p, blockquote, h1, h2, h3, h4, li, div, table') === null
    ? cell
    : best;
}

/** A campaign builder stacks one table per block (Mailchimp's "mcnTextBlock" tables in the body's cell): the
 * cell holding the stack is the body when three or more of its tables carry text. */
function stackedBlocks(table: Element, body: Element): Element | null {
  const holder = table.parentElement;
  if (!holder || holder === body || !body.contains(holder) || !/^T[DH]$/.test(tagOf(holder))) return null;
  let blocks = 0;
  for (const child of holder.children)
    if (
      tagOf(child) === 'TABLE' &&
      (child.textContent?.trim().length ?? 0) >= 25 &&
      ++blocks >= MIN_TEXT_ROWS
    )
      return holder;
  return null;
}

function linkLength(el: Element): number {
  let total = 0;
  for (const a of el.querySelectorAll('a')) total += a.textContent?.length ?? 0;
  return total;
}

/** Elements looked at when a page has no paragraphs: enough for any hand-made page, bounded for a hostile one. */
const MAX_LOOSE = 20_000;

/**
 * For pages written without paragraph elements (text and <br> straight inside <font>, <td> or <div>): the
 * element whose own text, and its children's, is longest. Each element's loose text counts for it and for its
 * parent, so a cell holding several <font> runs beats each run.
 */
function bestByLooseText(body: Element): { element: Element; score: number } | null {
  const scores = new Map<Element, number>();
  const all = body.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < MAX_LOOSE; i++) {
    const el = all[i];
    let own = 0;
    for (let n = el.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 3) {
        const length = (n.nodeValue ?? '').trim().length;
        if (length >= 25) own += length;
      }
    if (own === 0) continue;
    scores.set(el, (scores.get(el) ?? 0) + own);
    const parent = el.parentElement;
    if (parent && parent !== body) scores.set(parent, (scores.get(parent) ?? 0) + own);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores)
    if (score > bestScore && !inFurniture(el, body)) {
      best = el;
      bestScore = score;
    }
  return best ? { element: best, score: bestScore } : null;
}
