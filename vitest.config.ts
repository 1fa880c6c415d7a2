import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // happy-dom walks trees recursively; the hostile 5,000-deep page needs more than Node's default stack.
    pool: 'forks',
    execArgv: ['--stack-size=4000'],
    // A guard against a hung test, not a speed check (speed is printed by `npm run bench`): the suite runs on a
    // shared 2-core machine, where Vitest's 5 s default times out tests that take 1 s on a quiet one.
    testTimeout: 30_000,
  },
});
