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
  },
});
