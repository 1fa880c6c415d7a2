// @vitest-environment node
// The session module as the extension ships it (scripts/build-session.mjs): an ES module whose first line asks
// V8 to compile every function while streaming it, off the page's thread (docs/highlights.md, "Two parts").
import { describe, expect, it } from 'vitest';
import { bundleSession, COMPILE_EAGERLY } from '../../scripts/build-session.mjs';

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
});
