// A lead-in's footnote marker names the source its note cites (utils/analysis/footnote.ts).
import { describe, expect, it } from 'vitest';
import { footnoteSource } from '../../utils/analysis/footnote';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

/** The lead-in paragraph of a page whose body is `html`; its notes are in the same document. */
function leadOf(html: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc.querySelector('p.lead')!;
}
const source = (html: string, own: string | null = 'fellnotes.example') =>
  footnoteSource(leadOf(html), defaultOutlets, own);
const LEAD = (marker: string) =>
  `<p class="lead">A paragraph from a longer piece says it better than we can${marker}:</p>`;

describe('footnote markers in a lead-in', () => {
  it('names the outlet a note cites in words or by its link', () => {
    const named = source(
      `${LEAD('<sup><a href="#fn1">1</a></sup>')}<ol><li id="fn1">The Guardian, “A title”, 3 March 2026. <a href="#r1">↩</a></li></ol>`,
    );
    expect(named).toMatchObject({ kind: 'outlet', outlet: 'The Guardian' });
    expect(named?.evidence).toMatchObject({ type: 'footnote', source: 'The Guardian' });
    const linked = source(
      `${LEAD('<a href="#n2">[2]</a>')}<div class="notes"><p><a id="n2"></a><a href="https://www.bbc.co.uk/news/x">“A title”</a>, 2026.</p></div>`,
    );
    expect(linked).toMatchObject({ outlet: 'BBC', href: 'https://www.bbc.co.uk/news/x' });
  });

  it('names a paper the table lacks by its dated title in a linked note, as in one linked nowhere', () => {
    const dated = source(
      `${LEAD('<sup><a href="#d">1</a></sup>')}<ol><li id="d">Wexcombe Sentinel, 14 November 2026. <a href="#r">↩</a></li></ol>`,
    );
    expect(dated).toMatchObject({ kind: 'outlet', outlet: 'Wexcombe Sentinel' });
    expect(
      source(`${LEAD('<sup><a href="#e">1</a></sup>')}<ol><li id="e">My notes, 14 November 2026.</li></ol>`),
    ).toBeNull();
  });

  it('names nothing when the note cites no outlet, cites two, or is prose', () => {
    expect(
      source(`${LEAD('<sup><a href="#a">1</a></sup>')}<ol><li id="a">I went up twice in November.</li></ol>`),
    ).toBeNull();
    expect(
      source(
        `${LEAD('<sup><a href="#b">1</a></sup>')}<ol><li id="b">Reported by The Guardian and by the BBC on the same day.</li></ol>`,
      ),
    ).toBeNull();
    expect(
      source(
        `${LEAD('<sup><a href="#c">1</a></sup>')}<ol><li id="c">The Guardian. ${'More words of a long aside. '.repeat(20)}</li></ol>`,
      ),
    ).toBeNull();
  });

  it('reads only markers, near the end, pointing at a note elsewhere on the page', () => {
    const note = '<ol><li id="fn">The Guardian, “A title”, 2026.</li></ol>';
    // A link to a section of the page is no marker.
    expect(source(`${LEAD('<a href="#fn">see the notes</a>')}${note}`)).toBeNull();
    // A marker early in a long paragraph belongs to an earlier sentence.
    expect(
      source(
        `<p class="lead">An early claim<sup><a href="#fn">1</a></sup>. ${'Then many more words of the post. '.repeat(12)}It says:</p>${note}`,
      ),
    ).toBeNull();
    // A marker whose target is missing, or is the lead-in itself.
    expect(source(`${LEAD('<sup><a href="#nowhere">1</a></sup>')}`)).toBeNull();
    expect(source(LEAD('<sup><a href="#self" id="self">1</a></sup>'))).toBeNull();
  });

  it('does not take the blog’s own site, linked from a note, for an outlet', () => {
    expect(
      source(
        `${LEAD('<sup><a href="#d">1</a></sup>')}<ol><li id="d"><a href="https://www.bbc.co.uk/news/y">Our earlier post</a></li></ol>`,
        'bbc.co.uk',
      ),
    ).toBeNull();
  });

  it('takes a passage’s marker only when it closes the passage, with a reach given', () => {
    const note = '<ol><li id="p1">Associated Press, “A title”, 3 March 2026.</li></ol>';
    const closing = leadOf(
      `<p class="lead">The roof will be replaced by March.<sup><a href="#p1">1</a></sup></p>${note}`,
    );
    expect(footnoteSource(closing, defaultOutlets, null, 8)).toMatchObject({ outlet: 'Associated Press' });
    const inside = leadOf(
      `<p class="lead">The roof was raised in 1911,<sup><a href="#p1">1</a></sup> and its trusses were never meant for snow.</p>${note}`,
    );
    expect(footnoteSource(inside, defaultOutlets, null, 8)).toBeNull();
    expect(footnoteSource(inside, defaultOutlets, null)).toMatchObject({ outlet: 'Associated Press' });
  });
});

describe('footnote markers linked nowhere', () => {
  it('reads the note after the passage that opens on the same marker', () => {
    const known = source(
      `${LEAD('<sup>[2]</sup>')}<ol class="notes"><li>[1] Our own count, March.</li><li>[2] Reuters, 4 December.</li></ol>`,
    );
    expect(known).toMatchObject({ kind: 'outlet', outlet: 'Reuters' });
    // A paper the table lacks, by its dated title.
    const dated = source(`${LEAD('<sup>3</sup>')}<p>3. The Marlbeck Courier, 3 March.</p>`);
    expect(dated).toMatchObject({ kind: 'outlet', outlet: 'Marlbeck Courier' });
  });
  it('names nothing for a note that cites no outlet, or no note with that marker', () => {
    expect(
      source(`${LEAD('<sup>[1]</sup>')}<ol><li>[1] My own notes from the meeting.</li></ol>`),
    ).toBeNull();
    expect(source(`${LEAD('<sup>[4]</sup>')}<ol><li>[1] Reuters, 4 December.</li></ol>`)).toBeNull();
    // A marker's note before the lead-in is not its note.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<ol><li>[1] Reuters, 4 December.</li></ol>${LEAD('<sup>[1]</sup>')}`;
    expect(footnoteSource(doc.querySelector('p.lead')!, defaultOutlets, null)).toBeNull();
  });
});
