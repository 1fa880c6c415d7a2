// The page's own quotation class (utils/analysis/page-quote-class.ts): boxes taken on the line citing them above
// or crediting them below, and a writer's own box of the same look left alone.
import { describe, expect, it } from 'vitest';
import { pageQuoteBoxes, type SourceClues } from '../../utils/analysis/page-quote-class';

function article(html: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = `<article>${html}</article>`;
  return doc.querySelector('article')!;
}

const BOX_A =
  'The Forest Service will keep the lower section of the falls trail closed through the summer after the storms.';
const BOX_B =
  'Repairs to the wall and the reroute are estimated at 2.4 million dollars, most of it from highway funds.';
const BOX_C =
  'Trailhead counts show weekend visits to the falls fell by nearly half after the closure signs went up.';

/** Clues knowing one citation line, one credit line and one outlet named in a lead-in. */
const clues: SourceClues = {
  names: (sentence) => sentence.includes('Seattle Times'),
  credits: (line) => line === '— OPB',
  cites: (line) => line === 'The Oregonian — March 3',
};

describe('pageQuoteBoxes: boxes under a citation line or over a credit line', () => {
  it('takes a class whose boxes are cited above, handed over to, or credited below', () => {
    const found = pageQuoteBoxes(
      article(
        `<p>The Oregonian — March 3</p><p class="k2">${BOX_A}</p><p>That is most of a season.</p><p>The Seattle Times had the cost side:</p><p class="k2">${BOX_B}</p><p>The hikers</p><p class="k2">${BOX_C}</p><p>— OPB</p>`,
      ),
      clues,
    );
    expect(found).toHaveLength(3);
  });

  it('needs the clue: without a citation line read, the first box is not introduced', () => {
    const found = pageQuoteBoxes(
      article(
        `<p>The Oregonian — March 3</p><p class="k2">${BOX_A}</p><p>The Seattle Times had the cost side:</p><p class="k2">${BOX_B}</p>`,
      ),
      { ...clues, cites: undefined },
    );
    expect(found).toEqual([]);
  });

  it('leaves the class alone when a box taken on its line sits beside the writer’s own box of that look', () => {
    const found = pageQuoteBoxes(
      article(
        `<p class="k2">${BOX_A}</p><p>— OPB</p><p>So here is what we ask of the agency, very simply:</p><p class="k2">${BOX_B}</p>`,
      ),
      clues,
    );
    expect(found).toEqual([]);
  });
});
