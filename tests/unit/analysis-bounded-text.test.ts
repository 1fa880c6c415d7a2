import { describe, expect, it } from 'vitest';
import { squashedTextWithin, textEnd } from '../../utils/analysis/bounded-text';
import { squash } from '../../utils/analysis/dom';

// Texts with every kind of white space squash() collapses, at the ends, in runs and alone.
const SPACES = [' ', '  ', '\n', '\t \r\n', '\u00a0', '\u2003', '\u3000 ', '\ufeff', '\u2028'];
function samples(count: number): string[] {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out = ['', ' ', 'a', ' a ', 'All posts from Zero Hedge', '\n  © 2025 The Ledger \n'];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let j = random(30); j > 0; j--)
      text +=
        random(3) === 0 ? SPACES[random(SPACES.length)] : 'wxyz.é'.slice(random(6)).slice(0, 1 + random(3));
    out.push(text);
  }
  return out;
}

function elementOf(texts: string[]): Element {
  const el = document.createElement('div');
  for (const [i, text] of texts.entries()) {
    if (i % 2 === 0) el.append(document.createTextNode(text));
    else {
      const child = document.createElement('span');
      child.append(document.createTextNode(text), document.createElement('br'));
      el.append(child, document.createComment(' not text '));
    }
  }
  return el;
}

const whole = (text: string, max: number) => {
  const squashed = squash(text);
  return squashed.length <= max ? squashed : null;
};

describe('squash', () => {
  it('answers as collapsing every run of white space and trimming does, single spaces or not', () => {
    for (const text of samples(400)) expect(squash(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('squashedTextWithin', () => {
  it("answers as squash(el.textContent) does, over an element's text nodes at every depth", () => {
    const texts = samples(120);
    for (let i = 0; i + 3 < texts.length; i += 3) {
      const el = elementOf(texts.slice(i, i + 4));
      for (const max of [0, 3, 10, 30, 119])
        expect(squashedTextWithin(el, max), `${JSON.stringify(el.textContent)} ${max}`).toBe(
          whole(el.textContent ?? '', max),
        );
    }
  });

  it('stops reading once the text is known to be too long', () => {
    const el = elementOf(['short words ', 'x'.repeat(1_000)]);
    const later = document.createTextNode(' never read');
    el.append(later);
    let read = false;
    Object.defineProperty(later, 'data', {
      get: () => {
        read = true;
        return ' never read';
      },
    });
    expect(squashedTextWithin(el, 100)).toBeNull();
    expect(read).toBe(false);
  });
});

describe('textEnd', () => {
  it('keeps enough of the end for the collapsed text to end the same way', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ');
    for (const text of samples(300))
      for (const chars of [0, 1, 4, 9, 25])
        for (const before of ['', ' ', 'lead ', 'lead'])
          for (const after of ['', ' ', ' tail', '\n\ntail end']) {
            const cut = textEnd(text, chars);
            expect(text.endsWith(cut)).toBe(true);
            const n = chars;
            expect(collapse(before + cut + after).slice(-n || Infinity)).toBe(
              collapse(before + text + after).slice(-n || Infinity),
            );
          }
  });

  it('keeps no more than a bounded end of a long text', () => {
    expect(textEnd('word '.repeat(100_000), 3_000).length).toBeLessThanOrEqual(3_001);
  });
});
