import { describe, expect, it } from 'vitest';
import { claimId, normaliseClaimText } from '../../utils/claims/id';

describe('claim ids', () => {
  const url = 'https://www.zerohedge.com/geopolitical/russia-iran';
  it('are stable for the same page and text, whatever the spacing and quote style', () => {
    expect(claimId(url, 'He said  “no”.')).toBe(claimId(url, 'He said "no".'));
    expect(claimId(url, 'Abc def')).toMatch(/^c-[0-9a-f]{16}$/);
  });
  it('differ across pages and across texts', () => {
    expect(claimId(url, 'A claim.')).not.toBe(claimId(`${url}-2`, 'A claim.'));
    expect(claimId(url, 'A claim.')).not.toBe(claimId(url, 'A claim!'));
  });
  it('normalise case, width and white space', () => {
    expect(normaliseClaimText('  The  ＵＳ\nsaid ’x’ ')).toBe("the us said 'x'");
  });
});
