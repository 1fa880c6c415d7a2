// A social post pasted as text (utils/analysis/social.ts): its last line's credit to an account.
import { describe, expect, it } from 'vitest';
import { readPastedPostCredit } from '../../utils/analysis/social';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const account = (line: string) => readPastedPostCredit(line, defaultOutlets)?.account ?? null;

describe('a pasted post’s credit line', () => {
  it('names the account after a dash, alone or with a name, a date or the platform', () => {
    expect(account('— @harbourwatcher')).toBe('@harbourwatcher');
    expect(account('– Ana Ruiz (@anaruiz_tides) 3 May 2024')).toBe('@anaruiz_tides');
    expect(account('— @ana.bsky.social on Bluesky')).toBe('@ana.bsky.social');
  });

  it('is kind social, with the outlet an account belongs to', () => {
    const credit = readPastedPostCredit('— @Reuters', defaultOutlets);
    expect(credit?.kind).toBe('social');
    expect(credit?.outlet).toBe('Reuters');
    expect(readPastedPostCredit('— @harbourwatcher', defaultOutlets)?.outlet).toBeNull();
  });

  it('is no credit when the line says more than that, or names no account', () => {
    expect(account('— Margaret Hale, Dunmore')).toBeNull();
    expect(
      account('I asked @harbourwatcher about it and she said the queue was back again by noon.'),
    ).toBeNull();
    expect(account('— email me at news@example.org if you saw it')).toBeNull();
  });
});
