// Initials a page spells out (utils/analysis/defined-acronyms.ts): "Belmora National Radio (BNR)" makes "BNR" that
// newsroom on the page, though the table knows another outlet by the letters.
import { describe, expect, it } from 'vitest';
import { pageInitials, spelledOut } from '../../utils/analysis/defined-acronyms';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('spelledOut', () => {
  it('finds the capitalised words before the initials in parentheses', () => {
    expect(spelledOut('The budget went through. Belmora National Radio (BNR) reports:', 'BNR')).toBe(
      'Belmora National Radio',
    );
    expect(spelledOut('the Voice of the Valley (VV) said', 'VV')).toBe('Voice of the Valley');
  });
  it('finds nothing where the words do not spell the initials', () => {
    expect(spelledOut('Belmora National Radio (BR) reports:', 'BR')).toBeNull();
    expect(spelledOut('the national radio (BNR) reports:', 'BNR')).toBeNull();
    expect(spelledOut('BNR reports:', 'BNR')).toBeNull();
  });
});

describe('pageInitials', () => {
  const page = 'Belmora National Radio (BNR) reports: … BNR adds: …';
  it('gives the spelled-out newsroom for the table’s outlet of those letters', () => {
    expect(pageInitials('BNR', 'Bulgarian National Radio', page, defaultOutlets, 'BNR adds:')?.outlet).toBe(
      'Belmora National Radio',
    );
  });
  it('keeps the table’s outlet when the page spells it out, or spells out no newsroom', () => {
    expect(
      pageInitials(
        'BNR',
        'Bulgarian National Radio',
        'Bulgarian National Radio (BNR) …',
        defaultOutlets,
        'x',
      ),
    ).toBeNull();
    expect(
      pageInitials('BNR', 'Bulgarian National Radio', 'Belmora Net Revenue (BNR) …', defaultOutlets, 'x'),
    ).toBeNull();
    expect(pageInitials('Reuters', 'Reuters', page, defaultOutlets, 'x')).toBeNull();
  });
});
