import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const core = await build({
  stdin: {
    contents: `
  import { createOutletLookup, shippedOutletTable } from './utils/outlets/lookup';
  const json = JSON.stringify(shippedOutletTable());
  globalThis.run = () => { const out = []; for (let i = 0; i < 6; i++) { const t0 = performance.now(); const table = JSON.parse(json); const t = performance.now(); const l = createOutletLookup(table); l.byName('Reuters'); out.push([+(t - t0).toFixed(1), +(performance.now() - t).toFixed(1)]); } return out; };
`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.addScriptTag({ content: core.outputFiles[0].text });
console.log(JSON.stringify(await page.evaluate(() => (globalThis as any).run())));
await browser.close();
