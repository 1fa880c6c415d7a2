// From a point in the page's text to the claim under it, and stepping through claims in page order.
import { describe, expect, it } from 'vitest';
import type { ArticleText, Span } from '../../utils/analysis/types';
import { ClaimIndex } from '../../utils/highlight/claim-index';

function articleOf(...paragraphs: string[]): { text: ArticleText; nodes: Text[] } {
  const root = document.createElement('div');
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (const words of paragraphs) {
    const p = document.createElement('p');
    const node = document.createTextNode(words);
    p.append(node);
    root.append(p);
    nodes.push(node);
    starts.push(text.length);
    text += words;
  }
  return { text: { text, nodes, starts, blocks: [] }, nodes };
}

const claim = (id: string, span: Span) => ({ id, span });

describe('ClaimIndex', () => {
  const { text, nodes } = articleOf('One two three. Four five six.', 'Seven eight nine.');
  // Spans: [0,14) "One two three.", [15,29) "Four five six.", [29,46) "Seven eight nine."
  const claims = [claim('c', [29, 46]), claim('a', [0, 14]), claim('b', [15, 29])];
  const index = new ClaimIndex(text, claims);

  it('keeps claims in page order', () => {
    expect(index.claims.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds the claim holding a position, with half-open spans', () => {
    expect(index.claimAt(0)?.id).toBe('a');
    expect(index.claimAt(13)?.id).toBe('a');
    expect(index.claimAt(14)).toBeNull();
    expect(index.claimAt(15)?.id).toBe('b');
    expect(index.claimAt(29)?.id).toBe('c');
    expect(index.claimAt(46)).toBeNull();
    expect(index.claimAt(-1)).toBeNull();
  });

  it('maps a text node and offset to the claim there', () => {
    expect(index.claimAtPoint(nodes[0], 20)?.id).toBe('b');
    expect(index.claimAtPoint(nodes[1], 3)?.id).toBe('c');
    expect(index.offsetOf(nodes[1], 3)).toBe(32);
    expect(index.claimAtPoint(document.createTextNode('elsewhere'), 1)).toBeNull();
  });

  it('steps forward and back, wrapping around', () => {
    expect(index.step(null, 1)?.id).toBe('a');
    expect(index.step(null, -1)?.id).toBe('c');
    const [a, , c] = index.claims;
    expect(index.step(a, 1)?.id).toBe('b');
    expect(index.step(c, 1)?.id).toBe('a');
    expect(index.step(a, -1)?.id).toBe('c');
    expect(new ClaimIndex(text, []).step(null, 1)).toBeNull();
  });
});
