// Evidence around a passage rather than in its lead-in sentence (block-evidence.ts): citation lines above,
// credit lines under, bylines, mastheads and datelines inside; and the same lines naming a person, a book, a
// company or a product, which name no outlet.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readCitationLine, readCreditLine, readDateline } from '../../utils/analysis/block-evidence';
import { nameSource } from '../../utils/analysis/name-source';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

/** A paragraph element holding the HTML, its words the line read. */
function paragraph(html: string): Element {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = `<p>${html}</p>`;
  return doc.body.firstElementChild!;
}

const bare = (name: string | null | undefined) => name?.replace(/^the\s+/i, '') ?? null;

/** The outlet a line above the passage cites, or null. */
const cited = (html: string) => {
  const el = paragraph(html);
  const guess = readCitationLine(el.textContent ?? '', el, defaultOutlets);
  return guess?.kind === 'outlet' ? bare(guess.outlet) : null;
};
/** The outlet a line under the passage credits, or null. */
const credited = (html: string) => {
  const el = paragraph(html);
  const guess = readCreditLine(el.textContent ?? '', el, defaultOutlets);
  return guess?.kind === 'outlet' ? bare(guess.outlet) : null;
};
/** The outlet a passage's first line names by its masthead or dateline, or null. */
const dated = (html: string) => {
  const el = paragraph(html);
  const guess = readDateline(el.textContent ?? '', defaultOutlets, el);
  return guess?.kind === 'outlet' ? bare(guess.outlet) : null;
};

describe('citation lines above the passage', () => {
  it('reads a name before a bar, in parentheses after a headline, and before a date under a quoted headline', () => {
    expect(cited('Reuters | Lifeboat launches outstrip last winter')).toBe('Reuters');
    expect(cited('Tideway Courier | Ferry operator asks for a second berth')).toBe('Tideway Courier');
    expect(cited('Dredging to wait until April (SaltLine)')).toBe('SaltLine');
    expect(cited('“Cranes out of service until February,” Tideway Courier, 4 December 2026')).toBe(
      'Tideway Courier',
    );
  });
  it('reads a name alone in bold, or a name and a date', () => {
    expect(cited('<strong>Reuters</strong>')).toBe('Reuters');
    expect(cited('<strong>WQSL</strong>')).toBe('WQSL');
    expect(cited('The Brine, 3 December 2026')).toBe('Brine');
  });
  it('reads a byline’s paper after a writer', () => {
    expect(cited('By Helen Ashby, Tideway Courier')).toBe('Tideway Courier');
    expect(cited('Helen Ashby | SaltLine | 3 December 2026')).toBe('SaltLine');
  });
  it('names no section heading, place, person, product, book or business', () => {
    expect(cited('<strong>The vote</strong>')).toBe(null);
    expect(cited('Port Ellis, 3 December 2026')).toBe(null);
    expect(cited('Helen Ashby | Driftcam R4')).toBe(null);
    expect(cited('By Helen Ashby, <i>Salt Roads</i>')).toBe(null);
    expect(cited('Marrick Shipping | Harbour works to start in April')).toBe(null);
    expect(cited('Via <a href="https://ingridsolberg.net/">Ingrid Solberg</a>:')).toBe(null);
  });
});

describe('credit lines under the passage', () => {
  it('reads a site’s owner, a name with a headline and a date, and a name set off alone', () => {
    expect(credited("More at Tideway Courier's site.")).toBe('Tideway Courier');
    expect(credited("Read the rest at SaltLine's website.")).toBe('SaltLine');
    expect(credited('The Brine, Sea wall has moved four centimetres, 5 December 2026')).toBe('Brine');
    expect(credited('WQSL, “Mooring fees to rise by a fifth,” 2 December 2026')).toBe('WQSL');
    expect(credited('Reuters, Harbour board delays dredging vote again, 3 December 2026')).toBe('Reuters');
    expect(credited('<em>Tideway Courier</em>')).toBe('Tideway Courier');
    expect(credited('<em>Reuters</em>')).toBe('Reuters');
  });
  it('names no book in italics, product or business', () => {
    expect(credited('— <i>Salt Roads</i>')).toBe(null);
    expect(credited('Read the rest at <i>Salt Roads</i>')).toBe(null);
    expect(credited('<em>Salt Roads</em>')).toBe(null);
    expect(credited('(Driftcam R4)')).toBe(null);
    expect(credited('Marrick Shipping, Harbour works to start in April, 3 December 2026')).toBe(null);
    expect(credited('Reuters')).toBe(null);
  });
  it('gives a work in italics after its writer’s name to the writer', () => {
    const el = paragraph('—Maud Ellery, <em>Shore Notes</em> (1911)');
    const guess = readCreditLine(el.textContent ?? '', el, defaultOutlets, { inside: true });
    expect(guess).toMatchObject({ kind: 'person', outlet: null });
  });
});

describe('mastheads and datelines opening the passage', () => {
  it('reads a masthead in capitals and a local paper in a dateline', () => {
    expect(dated('TIDEWAY COURIER — PORT ELLIS — The harbour board voted on Tuesday.')).toBe(
      'Tideway Courier',
    );
    expect(dated('KXLT — PORT ELLIS — The harbour board voted on Tuesday.')).toBe('KXLT');
    expect(dated('PORT ELLIS (The Brine) — The harbour board voted on Tuesday.')).toBe('Brine');
    expect(dated('PORT ELLIS, Dec. 3 (SaltLine) — The harbour board voted on Tuesday.')).toBe('SaltLine');
  });
  it('names no one word, business, person or book, and no aside without a dash', () => {
    expect(dated('SOLBERG — PORT ELLIS — The harbour board voted on Tuesday.')).toBe(null);
    expect(dated('MARRICK SHIPPING — PORT ELLIS — The harbour board voted on Tuesday.')).toBe(null);
    expect(dated('PORT ELLIS (Marrick Shipping) — The harbour board voted on Tuesday.')).toBe(null);
    expect(dated('PORT ELLIS (Ingrid Solberg) — The harbour board voted on Tuesday.')).toBe(null);
    expect(dated('PORT ELLIS (<i>Salt Roads</i>) — The harbour board voted on Tuesday.')).toBe(null);
    expect(dated('(Video Transcript) The harbour board voted on Tuesday.')).toBe(null);
  });
});

describe('a dateline giving a state or a province after its place', () => {
  it('reads the agency after a place in capitals and its state or province, as American and Canadian wires write', () => {
    expect(dated('AUGUSTA, Maine (AP) — Ice on the river is thin this winter.')).toBe('Associated Press');
    expect(dated('KANSAS CITY, Mo. (AP) — The board voted on Tuesday.')).toBe('Associated Press');
    expect(dated('SUDBURY, Ont. (CP) — Trail permits are down this year.')).toBe('CP');
  });
  it('reads no agency after a sentence’s opening words and a comma', () => {
    expect(dated('Yes, Virginia (the state) — not the city.')).toBe(null);
    expect(dated('Anyway, Maine (AP) — more on that later.')).toBe(null);
  });
});

describe('a credit sentence in parentheses of its own', () => {
  it('reads as the same sentence without them', () => {
    expect(credited('<small>(clipped from the Harbury Ledger)</small>')).toBe('Harbury Ledger');
    expect(credited('(taken from Reuters)')).toBe('Reuters');
  });
  it('reads no aside that credits nothing', () => {
    expect(credited('(clipped from my notebook, sorry for the typos)')).toBe(null);
    expect(credited('(emphasis mine)')).toBe(null);
  });
});

describe('a clipping’s label with its date before the headline', () => {
  it('cites the outlet it opens with, known to the table or spelled as a newsroom’s name', () => {
    expect(cited('FARMERS WEEKLY · 2 DEC · Fertiliser prices ease for a third month')).toBe('Farmers Weekly');
    expect(cited('Tideway Courier · 4 Dec · Cranes out of service until February')).toBe('Tideway Courier');
  });
  it('cites no person or business opening it', () => {
    expect(cited('Helen Ashby · 3 Dec · My notes from the trade show')).toBe(null);
    expect(cited('Marrick Shipping · 3 Dec · Harbour works to start in April')).toBe(null);
  });
});

describe('a press release’s dateline', () => {
  const kindOf = (text: string) => readDateline(text, defaultOutlets)?.kind ?? null;
  it('names the release, a document, not the service that sent it out', () => {
    expect(kindOf('NEW YORK, Dec. 3, 2026 /PRNewswire/ -- Tidewell Energy today announced a plant.')).toBe(
      'document',
    );
    expect(
      kindOf('PORTLAND, Maine, Dec. 3, 2026 (GLOBE NEWSWIRE) -- Tidewell Energy today announced a plant.'),
    ).toBe('document');
    expect(
      dated('PORTLAND, Maine, Dec. 3, 2026 (GLOBE NEWSWIRE) -- Tidewell Energy announced a plant.'),
    ).toBe(null);
  });
  it('leaves a news wire’s dateline the wire’s', () => {
    expect(kindOf('WASHINGTON (AP) — The Senate voted on Tuesday.')).toBe('outlet');
  });
});

describe('a box label naming its outlet and a weekday', () => {
  it('cites the outlet when the day is written as a word, in capitals or not', () => {
    expect(cited('FINANCIAL TIMES · Friday')).toBe('Financial Times');
    expect(cited('Bloomberg | TUESDAY')).toBe('Bloomberg');
  });
  it('cites nothing for a label that names no outlet, or a word that is no day', () => {
    expect(cited('Meeting notes · Tuesday')).toBe(null);
    expect(cited('Financial Times · Someday')).toBe(null);
  });
});

describe('a box label naming its outlet and the section the story ran in', () => {
  it('cites the outlet before a section word, in capitals or not', () => {
    expect(cited('FINANCIAL TIMES · ANALYSIS')).toBe('Financial Times');
    expect(cited('Bloomberg | Opinion')).toBe('Bloomberg');
  });
  it('cites nothing for a breadcrumb or a label naming no outlet', () => {
    expect(cited('Home · News')).toBe(null);
    expect(cited('Meeting notes · Comment')).toBe(null);
  });
});

describe('a dateline naming a person or a business in capitals', () => {
  const outlet = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
  it('reads the capitals with only first letters capitalised: a given name first or a trade word is no paper', () => {
    expect(
      outlet('PORT ELLIS, 27 NOV (HELEN QUINLAN) – The users’ group met the harbour master.'),
    ).toBeNull();
    expect(
      outlet('PORT ELLIS (HALVARD SHIPPING) – The Tuesday crossing will run to the winter timetable.'),
    ).toBeNull();
  });
  it('still names a paper in capitals, and one in title case', () => {
    expect(outlet('PORT ELLIS, 27 NOV (TIDEWAY COURIER) – The harbour board voted to delay.')).toBe(
      'TIDEWAY COURIER',
    );
    expect(outlet('PORT ELLIS, Nov. 27 (Gull Point) — The harbour board voted to delay.')).toBe('Gull Point');
  });
});

describe('a credit line saying the passage was reprinted or taken from a paper', () => {
  const outlet = (text: string) => readCreditLine(text, null, defaultOutlets)?.outlet ?? null;
  it('reads "Reprinted from", "Reproduced from" and Spanish "Tomado de", "Extraído de"', () => {
    expect(outlet('Reprinted from the Kelso Ledger.')?.replace(/^the /, '')).toBe('Kelso Ledger');
    expect(outlet('Reproduced from Reuters.')).toBe('Reuters');
    expect(outlet('Tomado de El Faro del Puerto.')).toBe('El Faro del Puerto');
    expect(outlet('Extraído de Radio Bahía.')).toBe('Radio Bahía');
  });
  it('reads no person there', () => {
    expect(outlet('Reprinted from Sarah Lindqvist.')).toBeNull();
  });
});

describe('a figure’s caption of one word and a date', () => {
  const quotes = (caption: string) => {
    const doc = page(
      `<article><h1>The GP letters</h1><p>Our surgery is rewriting prescriptions all week, and it is not just us.</p><p>Reuters had the wider picture:</p><blockquote><p>Pharmacies across the region reported shortages of several products in November, according to a trade survey published on Tuesday.</p></blockquote><p>And it is landing on the surgeries too:</p><figure><blockquote><p>Practices say they are spending hours each week rewriting prescriptions as patients move between brands.</p></blockquote><figcaption>${caption}</figcaption></figure><p>Every week.</p></article>`,
    );
    return analyzePage(doc, { url: 'https://quaywatch.example/post', outlets: defaultOutlets }).report.quotes;
  };

  it('credits a title, tentatively, but not a day, a month or a given name', () => {
    expect(quotes('Ballast, 2 December')[1].outlet).toBe('Ballast');
    expect(quotes('Tuesday, 2 December')[1].outlet).toBeNull();
    expect(quotes('December, 2 December')[1].outlet).toBeNull();
    expect(quotes('Margaret, 2 December')[1].outlet).toBeNull();
  });
});

describe('a dateline with the agency in square brackets', () => {
  const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
  it('names the agency after a place and a date', () => {
    expect(agency('Dakar, 2 déc. 2026 [APS] --- Les travaux reprendront en janvier.')).toBe('APS');
    expect(agency('Jacmel, 3 déc. 2026 [AlterPresse] --- La route est rouverte.')).toBe('AlterPresse');
  });
  it('names nothing without a place and a date before the bracket', () => {
    expect(agency('[Mise à jour] – Le ministère n’a pas confirmé.')).toBe(null);
    expect(agency('Dakar [APS] – Les travaux reprendront.')).toBe(null);
  });
});

describe('a clipping dated by its day', () => {
  it('cites the outlet named before a day, the day no part of the name', () => {
    expect(cited('The Sheffield Star, Wednesday')).toBe('Sheffield Star');
    expect(cited('<strong>The Harbour Gazette, Tuesday</strong>')).toBe('Harbour Gazette');
    expect(cited('The Guardian, Tuesday: Spillway warnings ignored for two years')).toBe('Guardian');
    expect(cited('Port Ellis, Tuesday')).toBeNull();
  });
  it('makes a framed box opening on a bold label naming an outlet a passage', () => {
    const doc = page(
      '<article><div class="entry-content"><p>A week after the dam inspection, the papers have moved on to who knew what and when, and the water company has said very little since.</p><div style="border:1px solid #bbb"><p><strong>The Guardian, Tuesday:</strong> The water company had been told by its own engineers two years ago that the spillway needed strengthening.</p></div><p>Two years, then. The company says it was planning the work all along.</p></div></article>',
    );
    const quotes = analyzePage(doc, { url: 'https://upland.example/p', outlets: defaultOutlets }).report
      .quotes;
    expect(quotes.map((q) => q.outlet)).toEqual(['The Guardian']);
  });
});

describe('a short credit read by nameSource', () => {
  const named = (words: string) => {
    const guess = nameSource(words, [], 'cite-element', defaultOutlets);
    return guess ? `${guess.kind}:${guess.outlet}` : null;
  };
  it('reads a name opening on an article and dated as a clipping as a paper’s title', () => {
    expect(named('— Il Tirreno, 3 dicembre')).toBe('outlet:Il Tirreno');
    expect(named('The Marlbeck Courier, Dec. 3')).toBe('outlet:The Marlbeck Courier');
    expect(named('— Maria Rossi, 3 dicembre')).toBe('person:null');
  });
  it('finds a known outlet in a short sentence or after its own article, not inside a longer title', () => {
    expect(named('What El País wrote')).toBe('outlet:El País');
    expect(named('The Sheffield Star, Wednesday')).toBe('outlet:Sheffield Star');
    expect(named('Under the Harbour Times Square')).not.toBe('outlet:The Times');
  });
});
