import { describe, expect, it } from 'vitest';
import { strongSourceForm } from '../../utils/analysis/strong-form';
import type { Evidence } from '../../utils/analysis/types';

const lead = (value: string): Evidence => ({ type: 'lead-in', value, source: null });
const credit = (value: string): Evidence => ({ type: 'credit-line', value, source: null });

describe('forms that say by themselves that a name is a source', () => {
  it('takes "according to" and its words in other languages right before the name and a colon', () => {
    expect(strongSourceForm(lead('According to Gannet Row:'), 'Gannet Row')).toBe(true);
    expect(strongSourceForm(lead('Laut Gannet Row:'), 'Gannet Row')).toBe(true);
    expect(strongSourceForm(lead('Selon Gannet Row :'), 'Gannet Row')).toBe(true);
    expect(strongSourceForm(lead('According to Gannet Row, the wheel turned:'), 'Gannet Row')).toBe(false);
  });

  it('takes a reporting verb and a colon right after the name', () => {
    expect(strongSourceForm(lead('Larchmere Quay reports:'), 'Larchmere Quay')).toBe(true);
    expect(strongSourceForm(lead('Wie Larchmere Quay berichtet:'), 'Larchmere Quay')).toBe(true);
    expect(strongSourceForm(lead('Larchmere Quay caught up with the miller:'), 'Larchmere Quay')).toBe(false);
  });

  it('takes a credit line with its label, not a bare dash', () => {
    expect(strongSourceForm(credit('Source: Pennyworth Lane'), 'Pennyworth Lane')).toBe(true);
    expect(strongSourceForm(credit('Quelle: Pennyworth Lane'), 'Pennyworth Lane')).toBe(true);
    expect(strongSourceForm(credit('— Pennyworth Lane'), 'Pennyworth Lane')).toBe(false);
  });

  it('leaves out "From X:", "As X put it:" and a model number after the name', () => {
    expect(strongSourceForm(lead('From Cloudberry Hill:'), 'Cloudberry Hill')).toBe(false);
    expect(strongSourceForm(lead('As Cloudberry Hill put it:'), 'Cloudberry Hill')).toBe(false);
    expect(strongSourceForm(lead('According to StrideWatch 3:'), 'StrideWatch')).toBe(false);
  });

  it('leaves out names in scripts whose given names the analyser does not know', () => {
    expect(strongSourceForm(credit('Источник: Анна Воронцова'), 'Анна Воронцова')).toBe(false);
    expect(strongSourceForm(lead('По данным Анна Воронцова:'), 'Анна Воронцова')).toBe(false);
  });
});
