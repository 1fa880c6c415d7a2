// The background's messages to the session (inject/session-messages.ts): the popup's switch, the shortcut's
// toggle (kept for the site), "show in page" and saved claims changed elsewhere each reach the session; once
// the lifetime ends, the listener is gone.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerBackground, type SessionControls } from '../../inject/session-messages';
import type { ClaimRecord } from '../../utils/storage/types';
import { cleanUp, testLifetime } from './content-helpers';

function setUp() {
  const { life, end } = testLifetime();
  let on = true;
  const remembered: boolean[] = [];
  const saved: string[][] = [];
  const session: SessionControls = {
    highlightsOn: () => on,
    setHighlights: (next) => {
      on = next;
      return on;
    },
    rememberHighlights: (next) => remembered.push(next),
    reveal: (claim) => claim.id === 'here',
    savedChanged: (ids) => saved.push([...ids]),
  };
  answerBackground(life, session);
  const send = (type: string, payload: unknown) =>
    fakeBrowser.runtime.onMessage.trigger({ type, payload }, {});
  return { send, remembered, saved, end, isOn: () => on };
}

afterEach(cleanUp);

describe('answerBackground', () => {
  it('answers each message the session takes', async () => {
    const { send, remembered, saved, isOn } = setUp();
    expect(await send('highlights/set', { on: false })).toEqual([{ on: false }]);
    expect(remembered).toEqual([]);
    expect(await send('highlights/toggle', {})).toEqual([{ on: true }]);
    expect(remembered).toEqual([true]);
    expect(isOn()).toBe(true);
    const record = (id: string) => ({ claim: { id } as ClaimRecord });
    expect(await send('claim/reveal', record('here'))).toEqual([{ found: true }]);
    expect(await send('claim/reveal', record('elsewhere'))).toEqual([{ found: false }]);
    expect(await send('saved/changed', { savedIds: ['a', 'b'] })).toEqual([{ ok: true }]);
    expect(saved).toEqual([['a', 'b']]);
  });

  it('stops listening when the lifetime ends', async () => {
    const { send, end, isOn } = setUp();
    end();
    expect(await send('highlights/set', { on: false })).toEqual([]);
    expect(isOn()).toBe(true);
  });
});
