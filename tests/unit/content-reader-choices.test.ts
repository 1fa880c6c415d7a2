// The reader's choices (inject/reader-choices.ts): the settings that come with an analysis, a new page against
// late content on the same one, a site switched off, the claims painted, and the highlights choice kept for
// the site only while the session lives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { NARROW_WINDOW_PX, ReaderChoices } from '../../inject/reader-choices';
import type { FoundClaim } from '../../utils/claims/found';
import type { PageRecorded } from '../../utils/messaging/protocol';
import { cleanUp, testLifetime } from './content-helpers';

const URL = 'https://www.zerohedge.com/news/seed';

function recorded(overrides: { highlightsOn?: boolean; minScore?: number; disabled?: string[] } = {}) {
  return {
    settings: { minScore: overrides.minScore ?? 0.4, disabledSites: overrides.disabled ?? [] },
    savedIds: ['s1'],
    highlightsOn: overrides.highlightsOn ?? true,
  } as unknown as PageRecorded;
}

const claim = (id: string, score: number, kind = 'reported') =>
  ({ id, score, kind }) as unknown as FoundClaim;

afterEach(cleanUp);

describe('ReaderChoices', () => {
  it('takes a new page’s settings, and late content keeps the reader’s own choices', () => {
    const choices = new ReaderChoices(testLifetime().life);
    expect(choices.takeAnswer(recorded({ highlightsOn: false }), URL, true, 1200)).toBe(true);
    expect(choices).toMatchObject({ highlightsOn: false, minScore: 0.4, barCollapsed: false });
    expect([...choices.savedIds]).toEqual(['s1']);
    choices.highlightsOn = true;
    choices.claimsShown = 'all';
    choices.barCollapsed = true;
    choices.takeAnswer(recorded({ highlightsOn: false, minScore: 0.7 }), URL, false, 1200);
    expect(choices).toMatchObject({
      highlightsOn: true,
      claimsShown: 'all',
      barCollapsed: true,
      minScore: 0.7,
    });
    choices.takeAnswer(null, `${URL}/next`, true, NARROW_WINDOW_PX - 1);
    expect(choices).toMatchObject({ claimsShown: 'none', barCollapsed: true });
  });

  it('shows nothing on a site the reader switched off', () => {
    const choices = new ReaderChoices(testLifetime().life);
    expect(choices.takeAnswer(recorded({ disabled: ['zerohedge.com'] }), URL, true, 1200)).toBe(false);
    expect(choices.siteDisabled).toBe(true);
  });

  it('paints the claims the reader chose, above the minimum score, commentary or not', () => {
    const choices = new ReaderChoices(testLifetime().life);
    const claims = [claim('a', 0.9), claim('b', 0.2), claim('c', 0.8, 'commentary')];
    expect(choices.painted(claims)).toEqual([]);
    choices.claimsShown = 'all';
    choices.minScore = 0.5;
    expect(choices.painted(claims).map((c) => c.id)).toEqual(['a', 'c']);
    choices.showCommentary = false;
    expect(choices.painted(claims).map((c) => c.id)).toEqual(['a']);
  });

  it('has the background keep the highlights choice for the site, and sends nothing once the session ended', async () => {
    const { life, end } = testLifetime();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({});
    const choices = new ReaderChoices(life);
    await choices.remember(false, URL);
    expect(send).toHaveBeenCalledWith({
      type: 'highlights/chosen',
      payload: { host: 'www.zerohedge.com', on: false },
    });
    end();
    await choices.remember(true, URL);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
