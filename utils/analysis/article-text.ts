// One pass over the article: the text nodes (for selectors and highlight ranges), the blocks they form, and
// the outermost blockquotes. Iterative, so 5,000 levels of nesting cannot overflow the stack, and bounded.

import { classesReadAsFurniture, furnitureReason, isBlock, isElement, isSkipped, isText, tagOf } from './dom';
import { isForumQuoteCite, isPostBodyQuote } from './forum-quote';
import { mailBreaks, quotesByLines } from './mail-lines';
import { holdsOnlyWords, isLoneBox, looksSetApart } from './set-apart';
import type { ArticleText, TextBlock } from './types';

/** A box after a line that hands over to it with a colon ("Reuters reported on Tuesday:"): a quotation however
 * much of the post it is (an aggregator's comment is often shorter than what it quotes), never the post's own
 * wrapper, which a title or nothing precedes. */
function handedOver(el: Element): boolean {
  let before = el.previousElementSibling;
  for (let steps = 0; before && steps < 3 && !(before.textContent ?? '').trim(); steps++)
    before = before.previousElementSibling;
  if (!before || /^H[1-6]$/.test(tagOf(before))) return false;
  return /[:：]\s*$/.test((before.textContent ?? '').slice(-80));
}

export const LIMITS = {
  /** Nodes visited before the walk stops (a huge page is analysed in part, with a warning). */
  nodes: 400_000,
  /** Characters of article text kept. */
  chars: 3_000_000,
  /** Blockquotes considered. */
  containers: 3_000,
  /** Wrappers found to hold half the article or more, before the rest are assumed to (see holdsArticle). */
  wrappers: 64,
};

export interface WalkBlock extends TextBlock {
  /** Index into `containers` of the outermost blockquote holding the block, or -1. */
  container: number;
}

export interface ArticleWalk extends ArticleText {
  blocks: WalkBlock[];
  /** Outermost blockquotes in document order. */
  containers: Element[];
  /** Elements under the root whose text was left out (script, style, furniture…), outermost only. */
  skipped: Element[];
  warnings: string[];
}

/** `boxes`: elements set apart by the page's layout rather than their own look (a river's excerpts). */
const CONTROLS = 'input, textarea, select, button';

export function walkArticle(
  root: Element,
  boxes: ReadonlyMap<Element, unknown> = new Map(),
  /** The root holds a thread (thread.ts): its replies are words of the page, not comments set aside, and a
   * form with no controls ("usertext", how a forum wraps a post) is only a wrapper. */
  thread = false,
  /** The posts of a page of several (posts.ts): a post whose own class reads like furniture (a Telegram
   * message's "tgme_widget_message") is a post, and so are its parts, named with the same words. */
  posts: readonly Element[] = [],
): ArticleWalk {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const blocks: WalkBlock[] = [];
  const containers: Element[] = [];
  const skipped: Element[] = [];
  const warnings: string[] = [];
  const pieces: string[] = [];
  let length = 0;

  // The innermost block element around the current node, and the outermost blockquote, as stacks.
  const blockStack: Element[] = [root];
  let containerIndex = -1;
  let containerElement: Element | null = null;
  let containerLimitWarned = false;
  let current: WalkBlock | null = null;
  let visited = 0;

  // A wrapper whose class reads like furniture ("post-share-container", "l-sidebar-fixed", "widget__body") but
  // that holds most of the article's text is the article's, not furniture. Tags, roles and comment threads
  // are furniture whatever they hold.
  // Each look reads the element's whole text; wrappers nested thousands deep (a hostile page) would make
  // that quadratic, so past a few dozen wrappers that hold the article the rest are taken to hold it too.
  let rootLength = -1;
  let bigWrappers = 0;
  const holdsArticle = (el: Element): boolean => {
    if (bigWrappers >= LIMITS.wrappers) return true;
    if (rootLength < 0) rootLength = root.textContent?.length ?? 0;
    const holds = (el.textContent?.length ?? 0) >= rootLength * 0.5;
    if (holds) bigWrappers++;
    return holds;
  };
  // A page builder makes the body of boxes of one kind ("elementor-widget"): a class most of the root's
  // children share is the body's, and so are its variants ("elementor-widget-container"); only a box's other
  // words ("…-share-buttons") can make it furniture.
  let builderKinds: string[] | null = null;
  const builtBox = (el: Element): boolean => {
    builderKinds ??= sharedClasses(root);
    if (builderKinds.length === 0) return false;
    let built = false;
    const rest: string[] = [];
    for (const c of el.classList) {
      const kind = builderKinds.find((k) => c === k || c.startsWith(`${k}-`));
      if (kind) built = true;
      if (kind !== c) rest.push(kind ? c.slice(kind.length + 1) : c);
    }
    return built && !classesReadAsFurniture(rest);
  };
  const furniture = (el: Element): boolean => {
    const reason = furnitureReason(el);
    if (thread && (reason === 'comments' || (tagOf(el) === 'FORM' && !el.querySelector(CONTROLS))))
      return false;
    return (
      reason !== null && (reason !== 'word' || !(holdsArticle(el) || builtBox(el) || inFurnishedPost(el)))
    );
  };
  const furnishedPosts = posts.filter((post) => post !== root && furnitureReason(post) === 'word');
  const inFurnishedPost = (el: Element): boolean => furnishedPosts.some((post) => post.contains(el));

  const enter = (el: Element): boolean => {
    // A forum quote's title ("Quote from: shoalofone on …") labels the quoted words and is not one of them.
    if (isSkipped(el) || (el !== root && furniture(el)) || isForumQuoteCite(el)) {
      skipped.push(el);
      return false;
    }
    if (
      !containerElement &&
      ((tagOf(el) === 'BLOCKQUOTE' && !isPostBodyQuote(el)) ||
        boxes.has(el) ||
        (el !== root &&
          (looksSetApart(el) || isLoneBox(el)) &&
          (!holdsArticle(el) || handedOver(el)) &&
          holdsOnlyWords(el)))
    ) {
      if (containers.length < LIMITS.containers) {
        containerElement = el;
        containerIndex = containers.length;
        containers.push(el);
      } else if (!containerLimitWarned) {
        containerLimitWarned = true;
        warnings.push(`More than ${LIMITS.containers} blockquotes: the rest are treated as ordinary text.`);
      }
    }
    if (isBlock(el)) {
      blockStack.push(el);
      current = null;
    }
    return true;
  };

  const leave = (el: Element) => {
    if (isBlock(el)) {
      blockStack.pop();
      current = null;
    }
    if (el === containerElement) {
      containerElement = null;
      containerIndex = -1;
    }
  };

  // A mail's <pre> quoting another message in ">" lines, or forwarding one, is read in blocks of lines
  // (`mailBreaks`): `seen` counts the characters of its text walked so far.
  const linePres = new Map<Element, { breaks: ReadonlySet<number>; seen: number } | null>();
  const byLines = (el: Element) => {
    if (tagOf(el) !== 'PRE') return null;
    let found = linePres.get(el);
    if (found === undefined) {
      found = quotesByLines(el) ? { breaks: mailBreaks(el.textContent ?? ''), seen: 0 } : null;
      linePres.set(el, found);
    }
    return found;
  };
  /** Extends the current block of `element` to [from, to), or opens one. */
  const extend = (element: Element, from: number, to: number) => {
    if (!current || current.element !== element) {
      current = {
        element,
        start: from,
        end: to,
        quoteId: null,
        post: 0,
        container: containerElement ? containerIndex : -1,
      };
      blocks.push(current);
    } else current.end = to;
  };

  const addText = (node: Text) => {
    const data = node.data;
    if (length >= LIMITS.chars) return;
    nodes.push(node);
    starts.push(length);
    pieces.push(data);
    const start = length;
    length += data.length;
    const element = blockStack[blockStack.length - 1];
    const mail = byLines(element);
    if (mail) {
      // A break ends the block at its line's end; words on either side of another line break, or of a node's
      // edge, stay in one block.
      let from = 0;
      for (let k = data.indexOf('\n'); k >= 0; k = data.indexOf('\n', k + 1)) {
        if (!mail.breaks.has(mail.seen + k)) continue;
        if (/\S/.test(data.slice(from, k))) extend(element, start + from, start + k);
        current = null;
        from = k + 1;
      }
      if (/\S/.test(data.slice(from))) extend(element, start + from, length);
      mail.seen += data.length;
      return;
    }
    if (!/\S/.test(data)) return;
    extend(element, start, length);
  };

  let node: Node | null = root.firstChild;
  let truncated = false;
  while (node) {
    if (++visited > LIMITS.nodes || length >= LIMITS.chars) {
      truncated = true;
      break;
    }
    if (isText(node)) addText(node);
    else if (isElement(node) && enter(node)) {
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      leave(node);
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      if (isElement(node)) leave(node);
    }
    if (node) node = node.nextSibling;
  }
  if (truncated) warnings.push('The page is very large: only its first part was analysed.');
  return { text: pieces.join(''), nodes, starts, blocks, containers, skipped, warnings };
}

/** A builder marks its boxes with a class or two: more shared classes are not read (each box is checked
 * against every kind kept, so keeping them all would cost classes × kinds per element). */
const MAX_BUILDER_KINDS = 8;

/** Classes held by at least three of an element's children and by half of them or more, the most held
 * first, at most MAX_BUILDER_KINDS. */
function sharedClasses(el: Element): string[] {
  const counts = new Map<string, number>();
  const children = el.children;
  for (let i = 0; i < children.length && i < 200; i++)
    for (const c of children[i].classList) counts.set(c, (counts.get(c) ?? 0) + 1);
  const half = Math.min(children.length, 200) / 2;
  return [...counts]
    .filter(([, n]) => n >= 3 && n >= half)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_BUILDER_KINDS)
    .map(([c]) => c);
}
