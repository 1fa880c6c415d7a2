// "X's <writer>" before a passage, read one way by every rule that meets it (possessedWriter, lead-in-names.ts):
// the owner is the passage's newsroom when the table knows it, its words or a newsroom's job say so; a bank's or
// a firm's person or job is someone speaking for it.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import writerJobs from '../../utils/analysis/data/writer-jobs.json';
import {
  newsroomAtWork,
  possessedJobHolder,
  possessedPersonName,
  possessedWriter,
  unknownOutlet,
} from '../../utils/analysis/lead-in-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const known = (name: string) => defaultOutlets.byName(name)?.name ?? null;
const noSurname = () => false;

describe('writer-jobs.json', () => {
  it('holds lower-case jobs, sorted, each once, in two lists that share none', () => {
    for (const list of [writerJobs.newsroom, writerJobs.other]) {
      expect(list.length).toBeGreaterThan(3);
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      for (const job of list) expect(job).toMatch(/^[a-z]+(?: [a-z]+)*$/);
    }
    expect(writerJobs.newsroom.filter((job) => writerJobs.other.includes(job))).toEqual([]);
    expect(writerJobs._doc).toMatch(/possessedWriter/);
  });
});

describe('possessedWriter', () => {
  it.each([
    ["Reuters' Jane Doe writes:", 'Reuters', 'Jane Doe', 'firm'],
    ['Reuters’ Jane Doe has the details.', 'Reuters', 'Jane Doe', 'firm'],
    ["the Times' columnist adds:", 'Times', 'columnist', 'firm'],
    ["The Kelso Ledger's Dana Whitlock writes:", 'Kelso Ledger', 'Dana Whitlock', 'firm'],
    ["KXLT's Dana Whitlock was at the hearing:", 'KXLT', 'Dana Whitlock', 'firm'],
    ["As Gull Point's Dana Whitlock wrote in March,", 'Gull Point', 'Dana Whitlock', 'tentative'],
    ["Gull Point's columnist adds:", 'Gull Point', 'columnist', 'firm'],
    ["BofA's strategist summed it up:", 'BofA', 'strategist', null],
    ["BofA's Michael Hartnett summed it up:", 'BofA', 'Michael Hartnett', null],
    ["Harrow Capital's chief economist writes:", 'Harrow Capital', 'economist', null],
    ["Per NordKB's head of research:", 'NordKB', 'head of research', null],
    ["Ingrid Solberg's Tom Pascoe reported:", 'Ingrid Solberg', 'Tom Pascoe', null],
  ])('%s → %s (%s): %s', (words, owner, writer, newsroom) => {
    expect(possessedWriter(words, known, noSurname)).toMatchObject({ owner, writer, newsroom });
  });

  it('reads no possessive before anything but a person or a job', () => {
    expect(possessedWriter("Reuters' latest figures:", known)).toBe(null);
    expect(possessedWriter("BofA's fund manager survey:", known)).toBe(null);
    expect(possessedWriter('Reuters writes:', known)).toBe(null);
  });
});

describe('the rules that read "X’s <writer>" agree with possessedWriter', () => {
  it('names the person or the job holder where the owner is no newsroom, and none where it is one', () => {
    expect(possessedPersonName("BofA's Michael Hartnett summed it up:")).toBe('Michael Hartnett');
    expect(possessedPersonName("The Kelso Ledger's Dana Whitlock writes:")).toBe(null);
    expect(possessedJobHolder("BofA's strategist summed it up:")).toBe(true);
    expect(possessedJobHolder("the Times' columnist adds:")).toBe(false);
    expect(possessedJobHolder("Gull Point's columnist adds:")).toBe(false);
  });
  it('gives no newsroom at work or hand-over name to a bank’s person or job', () => {
    expect(newsroomAtWork("BofA's Michael Hartnett summed it up:", noSurname, known)).toBe(null);
    expect(
      newsroomAtWork("InDaily's Mia Castellano was at the briefing and has the detail.", noSurname, known)
        ?.name,
    ).toBe('InDaily');
    expect(unknownOutlet("Per NordKB's chief strategist:", known, noSurname)).toBe(null);
    expect(unknownOutlet("As Gull Point's Dana Whitlock wrote in March,", known, noSurname)?.name).toBe(
      'Gull Point',
    );
  });
});

describe('"X’s <writer>" over a passage', () => {
  const QUOTE =
    '<blockquote><p>The ferry will run a reduced timetable until the spring, the operator said, after a second vessel was withdrawn for repairs.</p></blockquote>';
  const read = (leadIn: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = `<head><title>A page</title></head><body><article class="post"><h1>A</h1><p>The Guardian had the wider picture:</p>${QUOTE}<p>Now the detail.</p><p>${leadIn}</p>${QUOTE.replace('ferry', 'bus')}</article></body>`;
    doc.documentElement.setAttribute('lang', 'en');
    const q = analyzePage(doc, { url: 'https://harbourblog.example/2026/12/a/', outlets: defaultOutlets })
      .report.quotes[1];
    return `${q.kind}:${q.outlet}`;
  };
  it.each([
    ["Reuters' Jane Doe writes:", 'outlet:Reuters'],
    ["BofA's strategist summed it up:", 'person:null'],
    ["BofA's Michael Hartnett summed it up:", 'person:null'],
    ["The Times' columnist adds:", 'outlet:The Times'],
    ["The Kelso Ledger's columnist adds:", 'outlet:Kelso Ledger'],
    ["Per NordKB's chief strategist:", 'person:null'],
  ])('%s → %s', (leadIn, expected) => {
    expect(read(leadIn)).toBe(expected);
  });
});

describe('a possessive inside a name, no owner and writer', () => {
  it('reads a name the table knows, holding a possessive, as that name', () => {
    // "Bay" is a given name, so "Bay Today" would read as a person written after an owner.
    expect(possessedWriter("Hawke's Bay Today", known)).toBeNull();
    expect(possessedPersonName("Hawke's Bay Today's front page:", known)).toBeNull();
    expect(unknownOutlet("Hawke's Bay Today's front page:", known)).toMatchObject({
      name: "Hawke's Bay Today",
    });
    expect(unknownOutlet("Hawke's Bay Today's front page:", known)).not.toHaveProperty('tentative');
    // Without the table, the reading stays a byline.
    expect(possessedPersonName("Hawke's Bay Today's front page:")).not.toBeNull();
  });
  it('reads "the" before one word that is no newsroom as opening the whole name', () => {
    expect(possessedWriter("the Mahia's Bay Feed", known, noSurname)).toBeNull();
    expect(unknownOutlet("According to the Mahia's Bay Feed,", known)?.name).toBe("Mahia's Bay Feed");
    // A newsroom's writer after "the" stays hers.
    expect(possessedWriter("the Kelso Ledger's Dana Whitlock", known)).toMatchObject({
      owner: 'Kelso Ledger',
      writer: 'Dana Whitlock',
      newsroom: 'firm',
    });
  });
});
