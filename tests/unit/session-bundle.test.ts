// @vitest-environment node
// The session module as the extension ships it (scripts/build-session.mjs): an ES module whose first line asks
// V8 to compile every function while streaming it, off the page's thread (docs/highlights.md, "Two parts").
// The claim card is a module of its own, loaded when a card first opens: the session does not carry it; nor
// the cheap look, which the first look carries on every page and hands over (inject/load-session.ts).
import { describe, expect, it } from 'vitest';
import { bundleCard, bundleSession, COMPILE_EAGERLY } from '../../scripts/build-session.mjs';

describe('the session module', () => {
  it.each(['production', 'development'])(
    'starts with the eager-compile hint (%s build)',
    async (mode) => {
      const code = await bundleSession({ mode });
      expect(code.split('\n')[0]).toBe(COMPILE_EAGERLY);
      expect(code).toMatch(/export\s*\{[^}]*startSession/);
    },
    30_000,
  );

  it('leaves the claim card and Preact to the card module', async () => {
    const [session, card] = await Promise.all([
      bundleSession({ mode: 'development' }),
      bundleCard({ mode: 'development' }),
    ]);
    for (const code of [session, card]) expect(code.split('\n')[0]).toBe(COMPILE_EAGERLY);
    expect(card).toMatch(/export\s*\{[^}]*renderCard/);
    expect(card).toContain('How this was scored');
    expect(session).not.toContain('How this was scored');
    expect(session).not.toContain('node_modules/preact');
    expect(card).toContain('node_modules/preact');
  }, 30_000);

  it('leaves the cheap look to the first look, which hands over its own', async () => {
    const session = await bundleSession({ mode: 'development' });
    // esbuild names each module it bundles in a development build.
    expect(session).toContain('inject/analysis-receiver.ts');
    for (const module of ['utils/highlight/precheck.ts', 'utils/analysis/set-apart.ts', 'lead-in-cues.json'])
      expect(session).not.toContain(module);
  }, 30_000);
});
