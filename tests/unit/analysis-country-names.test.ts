// Countries' English names (utils/analysis/country-names.ts), which a lead-in gives as a piece's origin.
import { describe, expect, it } from 'vitest';
import { isCountryName } from '../../utils/analysis/country-names';

describe('isCountryName', () => {
  it('knows countries and territories by their English names, with or without "the"', () => {
    for (const name of [
      'New Zealand',
      'Ireland',
      'the Philippines',
      'Philippines',
      'United Kingdom',
      'Tuvalu',
    ])
      expect(isCountryName(name), name).toBe(true);
  });
  it('knows no newsroom, place inside a country or person', () => {
    for (const name of ['Stuff', 'Gull Point', 'Wellington', 'The Irish Times', 'Helen Quinlan', 'NZ'])
      expect(isCountryName(name), name).toBe(false);
  });
});
