// Danish in the word lists of data/document-words.json and data/own-voice.json: a body's letter is a document,
// a turn to someone's own words hands over a person's.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { OTHER_DOCUMENTS, OTHER_LETTER_FROM_BODY } from '../../utils/analysis/document-words';
import {
  firstPersonOf,
  OTHER_BUT,
  OTHER_SELF_REFERENCE,
  OTHER_SOMEONES_WORDS,
  secondPersonOf,
} from '../../utils/analysis/own-voice';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('Danish document words', () => {
  it('reads a body’s letter and a body’s decision, not a person’s letter', () => {
    expect(OTHER_LETTER_FROM_BODY.test('Kommunens brev kom den 2. december.')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('brevet fra bestyrelsen lyder:')).toBe(true);
    expect(OTHER_LETTER_FROM_BODY.test('brevet fra min mormor lyder:')).toBe(false);
    expect(OTHER_DOCUMENTS.test('Afgørelsen lyder:')).toBe(true);
  });
});

describe('Danish own-voice words', () => {
  it('reads the turn, someone’s words and a self-reference in any language, the pronouns on Danish pages only', () => {
    expect(new RegExp(OTHER_BUT, 'iu').test('men det er hendes egne ord')).toBe(true);
    expect(OTHER_SOMEONES_WORDS.test('hendes egne ord')).toBe(true);
    expect(OTHER_SELF_REFERENCE.test('Som jeg skrev i sidste uge:')).toBe(true);
    expect(firstPersonOf('da')?.test('Jeg har roet her i tyve år.')).toBe(true);
    expect(secondPersonOf('da')?.test('Husk din redningsvest.')).toBe(true);
    expect(firstPersonOf('en')?.test('Jeg har roet her i tyve år.') ?? false).toBe(false);
  });
});

describe('a Danish page', () => {
  const BLOCK = (text: string) => `<blockquote><p>${text}</p></blockquote>`;
  it('reads a body’s letter as a document and someone’s own words after a turn as a person’s', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Nyt</title></head><body><article class="post"><h1>Nyt fra klubben</h1>
<p>Regionens brev kom i går. Her er det vigtigste afsnit:</p>${BLOCK('Regionen har besluttet at forlænge busruten til havnen fra foråret, og køreplanen offentliggøres i februar.')}
<p>TV 2 var her med et kamera, men det er Oles egne ord, vi vil have med. Han skrev til os:</p>${BLOCK('Jeg har taget bussen til havnen hver morgen i tredive år, og jeg er glad for, at den bliver ved med at køre.')}
</article></body>`;
    doc.documentElement.setAttribute('lang', 'da');
    const quotes = analyzePage(doc, { url: 'https://klubben.example/2026/12/nyt/', outlets: defaultOutlets })
      .report.quotes;
    expect(quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['document:null', 'person:null']);
  });
});

describe('a framed box after a Danish lead-in naming the notice', () => {
  it('is a passage, the notice’s, as after an English one naming its text', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>Færgen</title></head><body><article class="post"><h1>Færgen</h1>
<p>Fra nytår sejler den sidste båd en time tidligere om fredagen, og det rammer dem, der arbejder sent.</p>
<p>På færgelejet hænger opslaget fra rederiet:</p>
<div style="border: 2px solid #333; padding: 1em">Fra 2. januar afgår fredagsbåden kl. 15.30. Billetter til den tidligere afgang kan ombyttes uden gebyr.</div>
<p>Jeg skriver til rederiet i morgen, og I er velkomne til at skrive med.</p>
</article></body>`;
    doc.documentElement.setAttribute('lang', 'da');
    const quotes = analyzePage(doc, {
      url: 'https://faergen.example/2026/12/faergen/',
      outlets: defaultOutlets,
    }).report.quotes;
    expect(quotes.map((q) => `${q.kind}:${q.outlet}`)).toEqual(['document:null']);
  });
});
