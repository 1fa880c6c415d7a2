// Credits naming the newsroom whose files a passage was written from, and citation lines handing over before the
// outlet's name in French, Spanish and Italian (block-evidence.ts).
import { describe, expect, it } from 'vitest';
import { readCitationLine, readCreditLine } from '../../utils/analysis/block-evidence';
import { newsroomAsSubject } from '../../utils/analysis/lead-in-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('a credit naming the newsroom whose files the passage was written from', () => {
  it.each([
    ['Con información de El Occidental.', 'El Occidental'],
    ['Con información del Milenio.', 'Milenio'],
    ['With files from The Canadian Press.', 'The Canadian Press'],
    ['Com informações da Folha de S.Paulo.', 'Folha de S.Paulo'],
  ])('%s', (line, outlet) => {
    expect(readCreditLine(line, null, defaultOutlets)?.outlet).toBe(outlet);
  });
  it('names no outlet when the files are no newsroom’s', () => {
    expect(
      readCreditLine('Con información de los vecinos.', null, defaultOutlets)?.outlet ?? null,
    ).toBeNull();
  });
});

describe('a credit under the passage saying it is taken from a newsroom', () => {
  it.each([
    ['Tomado de El Colombiano.', 'El Colombiano'],
    ['Tomada de El Tiempo', 'El Tiempo'],
    ['Tratto da La Stampa.', 'La Stampa'],
  ])('%s', (line, outlet) => {
    expect(readCreditLine(line, null, defaultOutlets)?.outlet).toBe(outlet);
  });
  it('names no outlet when what it is taken from is no name', () => {
    expect(
      readCreditLine('Tomado de la página del barrio.', null, defaultOutlets)?.outlet ?? null,
    ).toBeNull();
  });
  it.each([
    ['(Tomado de El Tiempo)', 'El Tiempo'],
    ['(Tomado de Subrayado.com.uy)', 'subrayado.com.uy'],
    ['(Tratto da La Stampa)', 'La Stampa'],
  ])('reads %s in parentheses without its words of taking', (line, outlet) => {
    expect(readCreditLine(line, null, defaultOutlets)?.outlet).toBe(outlet);
  });
  it('names no outlet in parentheses when what it is taken from is no name', () => {
    expect(readCreditLine('(Tomado de la página del club)', null, defaultOutlets)?.outlet ?? null).toBeNull();
  });
});

describe('a citation line handing over before the outlet’s name', () => {
  it.each([
    ['Tiré du Journal de Québec, en page 7 :', 'Le Journal de Québec'],
    ['Tiré de L’Écho du Fjord, en page 3 :', 'L’Écho du Fjord'],
    ['Tomado de El Informador, página 4:', 'El Informador'],
    ['Extrait de La Gazette des Îles, page 12 :', 'Gazette des Îles'],
  ])('%s', (line, outlet) => {
    expect(readCitationLine(line, null, defaultOutlets)?.outlet).toBe(outlet);
  });
});

describe('a bare lead-in handing over with "taken from"', () => {
  it.each([
    ['Tiré du Courrier de la Baie :', 'fr', 'Courrier de la Baie'],
    ['Extrait de La Gazette des Battures :', 'fr', 'La Gazette des Battures'],
    ['Tomado de La Voz del Puerto:', 'es', 'La Voz del Puerto'],
  ])('%s', (sentence, language, name) => {
    expect(newsroomAsSubject(sentence, language)?.name).toBe(name);
  });
});
