// Expressions bounded so that their time grows linearly with the text (a hostile page's long run of capitals,
// of capitalised words or of quotation marks): each still reads what it read, on real sentences and on those
// long runs. Results only; the timings are in the commits that bounded them.
import { describe, expect, it } from 'vitest';
import { unknownOutlet } from '../../utils/analysis/lead-in-names';

const capitals = 'A'.repeat(5000);
const words = 'Word '.repeat(1000);

describe('the names the lead-in patterns read (name-source NAME)', () => {
  it('reads the names it read, where it read them', () => {
    expect(unknownOutlet('Dana Whitlock of the Tri-Valley Bugle reports:')).toEqual({
      name: 'Tri-Valley Bugle',
      start: 17,
      end: 37,
    });
    expect(unknownOutlet('The Harbour Mercury had the story:')).toEqual({
      name: 'Harbour Mercury',
      start: 0,
      end: 19,
    });
    expect(unknownOutlet('KXLT’s crew talked to two drivers:')).toEqual({ name: 'KXLT', start: 0, end: 6 });
    expect(unknownOutlet('As the Harbour Mercury puts it:')).toEqual({
      name: 'Harbour Mercury',
      start: 3,
      end: 22,
    });
    expect(unknownOutlet('More from Gull Point Weekly Harbour Review:')).toEqual({
      name: 'Gull Point Weekly Harbour Review',
      start: 10,
      end: 42,
    });
  });
  it('starts a name at the first capital of its run of letters', () => {
    expect(unknownOutlet('MacLeod Gazette had the story:')).toEqual({
      name: 'MacLeod Gazette',
      start: 0,
      end: 15,
    });
    expect(unknownOutlet('eHarbour Mercury had the story:')).toEqual({
      name: 'Harbour Mercury',
      start: 1,
      end: 16,
    });
  });
  it('reads no name in long runs of capitals or of capitalised words, as before', () => {
    expect(unknownOutlet(`${capitals} had the story:`)).toBe(null);
    expect(unknownOutlet(`Credit to ${capitals}:`)).toBe(null);
    expect(unknownOutlet(`${words}had the story:`)).toBe(null);
    expect(unknownOutlet(`${capitals} ${words}`)).toBe(null);
    expect(unknownOutlet(`${'ab’'.repeat(2000)} had the story:`)).toBe(null);
  });
});
