// English credit lines under a block naming a paper the outlets table lacks (block-evidence.ts), and the same
// forms naming a person, a company, a shop or a time.
import { describe, expect, it } from 'vitest';
import { readCreditLine } from '../../utils/analysis/block-evidence';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const credit = (line: string) => {
  const guess = readCreditLine(line, null, defaultOutlets);
  // A leading "the" is no part of the name the eval compares ("the Kestrel Gazette" = "Kestrel Gazette").
  return guess?.kind === 'outlet' ? (guess.outlet?.replace(/^the\s+/i, '') ?? null) : null;
};

describe('credit lines under the block naming a paper the table lacks', () => {
  it('names the paper the line sends the reader to', () => {
    expect(credit('From the Kestrel Gazette.')).toBe('Kestrel Gazette');
    expect(credit('The whole piece is at Cinder Row.')).toBe('Cinder Row');
    expect(credit('The Saltings Echo has the rest.')).toBe('Saltings Echo');
    expect(credit('WKRB has more, with a map.')).toBe('WKRB');
    expect(credit('Quoted from the Kestrel Gazette.')).toBe('Kestrel Gazette');
    expect(credit('Excerpted from Cinder Row.')).toBe('Cinder Row');
    expect(credit('Story: the Saltings Echo')).toBe('Saltings Echo');
    expect(credit('Go read the whole thing at WKRB.')).toBe('WKRB');
    expect(credit("The rest is behind the Kestrel Gazette's paywall.")).toBe('Kestrel Gazette');
    expect(credit('— as reported by Cinder Row')).toBe('Cinder Row');
    expect(credit('Emphasis mine. Source: the Saltings Echo.')).toBe('Saltings Echo');
    expect(credit('Via Pike & Kettle.')).toBe('Pike & Kettle');
    expect(credit("— from Cinder Row's report on the hearing")).toBe('Cinder Row');
  });
  it('names the paper after a writer’s name, or before a date', () => {
    expect(credit('— Clara Hennessy, Cinder Row')).toBe('Cinder Row');
    expect(credit('Owen Pryce, WKRB, 3 December')).toBe('WKRB');
    expect(credit('Pike & Kettle, 4 December 2026')).toBe('Pike & Kettle');
  });
  it('names no person, company, shop or time, and no lead-in to the next block', () => {
    expect(credit('Read the rest at Harbour Hardware')).toBe(null);
    expect(credit('Quoted from Sarah Lindqvist.')).toBe(null);
    expect(credit('— Clara Hennessy, Tidewell Energy')).toBe(null);
    expect(credit('From Monday.')).toBe(null);
    expect(credit('Tidewell Energy has the full story.')).toBe(null);
    expect(credit('Reuters has more:')).toBe(null);
    expect(credit('From Sarah Lindqvist:')).toBe(null);
  });
});

describe('credit lines saying where the passage ran, pointing back, or labelled', () => {
  it('names the paper', () => {
    expect(credit('First reported by Cinder Row.')).toBe('Cinder Row');
    expect(credit('Originally in Gull Stack.')).toBe('Gull Stack');
    expect(credit('This appeared in Pike & Kettle on Tuesday.')).toBe('Pike & Kettle');
    expect(credit('Published in the Kestrel Gazette.')).toBe('Kestrel Gazette');
    expect(credit("That's from Cinder Row.")).toBe('Cinder Row');
    expect(credit('That was Gull Stack, this morning.')).toBe('Gull Stack');
    expect(credit('From: Pike & Kettle')).toBe('Pike & Kettle');
    expect(credit('Credit to Cinder Row.')).toBe('Cinder Row');
    expect(credit('[via Cinder Row]')).toBe('Cinder Row');
    expect(credit('Source — Gull Stack')).toBe('Gull Stack');
    expect(credit('Source: WKRB')).toBe('WKRB');
    expect(credit("Pike & Kettle's report, 3 December.")).toBe('Pike & Kettle');
  });
  it('names no person, company, statistics body, or surname the page gives someone', () => {
    expect(credit("That's from Sarah Lindqvist.")).toBe(null);
    expect(credit('First reported by Tidewell Energy.')).toBe(null);
    expect(credit('[Sarah Lindqvist]')).toBe(null);
    expect(credit('Source: ONS')).toBe(null);
    const solberg = { isSurname: (word: string) => word === 'Solberg' };
    expect(readCreditLine('Credit to Solberg.', null, defaultOutlets, solberg)?.kind).toBe('person');
    expect(readCreditLine('Source — Solberg', null, defaultOutlets, solberg)?.kind).toBe('person');
    expect(readCreditLine('Source: Reuters', null, defaultOutlets, solberg)?.outlet).toBe('Reuters');
  });
});

describe('a clipping credit: a name and a date after a middle dot or a bar', () => {
  it('names the paper, known or not', () => {
    expect(credit('Harbour Ledger · 3 Dec')).toBe('Harbour Ledger');
    expect(credit('Reuters | 2 December 2026')).toBe('Reuters');
  });
  it('names no person so dated, and no line without a date', () => {
    expect(credit('Maggie Trevail · 1 Dec')).toBe(null);
    expect(credit('Harbour Ledger · Opinion')).toBe(null);
  });
  it('credits nothing above when it sits right over the next passage, which it cites', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<p>KoastFM | 3 Dec</p><blockquote><p>The boathouse will open in spring.</p></blockquote>';
    const line = doc.querySelector('p')!;
    expect(readCreditLine('KoastFM | 3 Dec', line, defaultOutlets)).toBe(null);
  });
});

describe('credit lines sending the reader on with "courtesy of" or a dated "From"', () => {
  it('name the outlet', () => {
    expect(credit('Courtesy of the Irish Times.')).toBe('Irish Times');
    expect(credit('Courtesy: Politico')).toBe('Politico');
    expect(credit('From Axios, Dec. 2')).toBe('Axios');
    expect(credit('From the Kestrel Gazette, 3 December')).toBe('Kestrel Gazette');
  });
  it('name no outlet for a time', () => {
    expect(credit('From Monday, Dec. 3')).toBe(null);
  });
});
