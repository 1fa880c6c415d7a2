// The twentieth held-out set's traps (own-voice.json, document-words.json, source-words.ts, lead-in.ts,
// publication.ts, thread.ts, platform-names.json): an outlet named before a turn to someone's words in Scottish
// Gaelic, Māori and English, a body's letter and reply, shared platforms' pages, a feed reader's entry.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function page(html: string, lang = 'en', head = '<title>A page</title>'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${html}</body>`;
  doc.documentElement.setAttribute('lang', lang);
  return doc;
}

const kinds = (body: string, lang = 'en') =>
  analyzePage(page(`<article class="page"><h1>A</h1>${body}</article>`, lang), {
    url: 'https://club.example/2026/12/a/',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => `${q.kind}:${q.outlet}`);

const QUOTE =
  '<blockquote><p>We rowed this river as children, and the boats were kept in a shed that leaked every winter until the roof fell in.</p></blockquote>';

describe('a turn to someone’s words in Scottish Gaelic and Māori (own-voice.json)', () => {
  it('sets the outlet before "ach" and "engari" aside for the words after it', () => {
    expect(
      kinds(
        `<p>Sgrìobh an Stornoway Gazette mun gheama, ach 's e na thuirt Calum aig a' choinneimh a chòrd rinn:</p>${QUOTE}`,
        'gd',
      ),
    ).toEqual(['person:null']);
    expect(
      kinds(
        `<p>I kōrero a RNZ mō te whakataetae, engari ko ngā kupu a Whaea Mere te mea i mau i a mātou:</p>${QUOTE}`,
        'mi',
      ),
    ).toEqual(['person:null']);
  });

  it('keeps the outlet when the turn hands over to nobody else', () => {
    expect(
      kinds(`<p>Bha an sgeulachd aig RNZ an toiseach, ach seo am mion-fhiosrachadh:</p>${QUOTE}`, 'gd'),
    ).toEqual(['outlet:RNZ']);
  });

  it('reads a body’s letter as a document (document-words.json)', () => {
    expect(
      kinds(`<p>Fhuair sinn litir bho oifis na Comhairle. Seo am pàirt as cudromaiche:</p>${QUOTE}`, 'gd'),
    ).toEqual(['document:null']);
    expect(kinds(`<p>I tae mai he reta i te Kaunihera. Anei te wāhanga matua:</p>${QUOTE}`, 'mi')).toEqual([
      'document:null',
    ]);
  });
});

describe('a reply the writer got, a body’s reply (source-words.ts, lead-in.ts)', () => {
  it('sets an outlet before a turn to a reply the writer got aside', () => {
    expect(
      kinds(
        `<p>The Falmouth Packet ran a picture of it last week, but the more useful thing is the reply I got from a biologist:</p>${QUOTE}`,
      ),
    ).toEqual(['person:null']);
  });

  it('reads the reply of a body the writer wrote to as a document', () => {
    expect(
      kinds(`<p>I emailed the manufacturer with photos and this is their entire reply:</p>${QUOTE}`),
    ).toEqual(['document:null']);
    // A friend written to is a person.
    expect(kinds(`<p>I emailed my brother about it and this is his reply:</p>${QUOTE}`)).toEqual([
      'person:null',
    ]);
  });

  it('keeps an outlet the turn names, or one that contacted a body', () => {
    expect(
      kinds(
        `<p>Reuters reported the recall, but The Irish Times has the reply the importer got from the regulator:</p>${QUOTE}`,
      ),
    ).toEqual(['outlet:The Irish Times']);
    expect(kinds(`<p>The Guardian contacted the manufacturer and printed their reply:</p>${QUOTE}`)).toEqual([
      'outlet:The Guardian',
    ]);
  });
});
