// One pass over the article: the text nodes (for selectors and highlight ranges), the blocks they form, and
// the outermost blockquotes. Iterative, so 5,000 levels of nesting cannot overflow the stack, and bounded.

import { furnitureReason, isBlock, isElement, isSkipped, isText, tagOf } from './dom';
import type { ArticleText, TextBlock } from './types';

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

/** An indentation of at least this much (CSS px; an em counts 16) sets a block apart as quoted. */
const MIN_INDENT_PX = 20;
const QUOTE_CLASSES = new Set(['quote', 'blockquote', 'quotation', 'quoted', 'block-quote', 'quote-block']);

function lengthInPx(value: string): number {
  const m = /^(-?\d*\.?\d+)(px|em|rem|pt|%)?$/.exec(value.trim());
  if (!m) return 0;
  const n = Number.parseFloat(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n * 16 : m[2] === 'pt' ? n * 1.33 : m[2] === '%' ? n * 8 : n;
}

/** The left margin or padding an inline style gives (longhand, or the shorthand's fourth/second value). */
function leftIndent(style: string): number {
  let px = 0;
  for (const m of style.matchAll(/(?:^|;)\s*(margin|padding)(-left)?\s*:\s*([^;!]+)/gi)) {
    const values = m[3].trim().split(/\s+/);
    const left = m[2] ? values[0] : (values[3] ?? values[1]);
    if (left) px = Math.max(px, lengthInPx(left));
  }
  return px;
}

/**
 * A block set apart as quoted without a <blockquote>: a <dd> outside a definition list (old blogs indent with
 * <dl><dd>), an element indented or ruled on its left by its inline style (e-mail newsletters quote in a
 * table cell with a left border), or one whose class says quote. The caller checks that it does not hold
 * the whole article.
 */
export function isQuoteBox(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'DD') return !el.parentElement?.querySelector(':scope > dt');
  if (tag !== 'DIV' && tag !== 'TD' && tag !== 'P' && tag !== 'SECTION' && tag !== 'ASIDE') return false;
  const style = el.getAttribute('style');
  if (style) {
    if (/border-left\s*:\s*[^;]*(?:solid|\d+px)/i.test(style) && !/border-right\s*:/i.test(style))
      return true;
    if (!/text-align\s*:\s*center/i.test(style) && leftIndent(style) >= MIN_INDENT_PX) return true;
  }
  if (el.classList.length) for (const word of QUOTE_CLASSES) if (el.classList.contains(word)) return true;
  return false;
}

export function walkArticle(root: Element): ArticleWalk {
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
  const furniture = (el: Element): boolean => {
    const reason = furnitureReason(el);
    return reason !== null && (reason !== 'word' || !holdsArticle(el));
  };

  const enter = (el: Element): boolean => {
    if (isSkipped(el) || (el !== root && furniture(el))) {
      skipped.push(el);
      return false;
    }
    if (
      !containerElement &&
      (tagOf(el) === 'BLOCKQUOTE' || (el !== root && isQuoteBox(el) && !holdsArticle(el)))
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

  const addText = (node: Text) => {
    const data = node.data;
    if (length >= LIMITS.chars) return;
    nodes.push(node);
    starts.push(length);
    pieces.push(data);
    const start = length;
    length += data.length;
    if (!/\S/.test(data)) return;
    const element = blockStack[blockStack.length - 1];
    if (!current || current.element !== element) {
      current = {
        element,
        start,
        end: length,
        quoteId: null,
        container: containerElement ? containerIndex : -1,
      };
      blocks.push(current);
    } else current.end = length;
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
