// `npm run fidelity [-- FOLDER...]`: does the reader see what the analyser finds? Serves every page of each
// folder (default: every folder of tests/fixtures holding pages) over http with its own scripts running, opens it in Chromium with
// the built extension, waits for the marks to settle, runs the analyser on the live page as it is then
// (scripts/lib/live-marks.ts), and prints, per page, the analyser's outlet passages beside the page's marks.
// Requests to anywhere but the local server are refused (no page reaches the network). Exits 1 if a page
// disagrees.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type ExtensionSession, launchExtension } from '../tests/browser/harness';
import { type LiveMarks, outletsOf, settledMarks } from './lib/live-marks';

/** Every folder of the project's fixtures that holds pages. */
function fixtureFolders(): string[] {
  return readdirSync('tests/fixtures', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('tests/fixtures', entry.name))
    .filter((folder) => readdirSync(folder).some((name) => /\.html?$/i.test(name)))
    .sort();
}
const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** How long a page may take to agree before it is reported as disagreeing. */
const SETTLE_MS = 15_000;

if (!existsSync('/usr/bin/chromium')) {
  console.error('npm run fidelity needs Chromium at /usr/bin/chromium (apt-get install chromium).');
  process.exit(1);
}

function describe(marks: LiveMarks): string {
  const analyser = outletsOf(marks.passages, false);
  const marked = outletsOf(marks.passages, true);
  const strays = marks.strays.length > 0 ? `; marked, no passage: ${marks.strays.join(', ')}` : '';
  return `analyser: ${analyser} | marks: ${marked}${strays}`;
}

async function checkFolder(folder: string): Promise<{ pages: number; agree: number }> {
  const root = resolve(folder);
  const pages = readdirSync(root)
    .filter((name) => /\.html?$/i.test(name))
    .sort();
  console.log(`\n${relative(process.cwd(), root) || root}: ${pages.length} pages`);
  let session: ExtensionSession | null = null;
  let agree = 0;
  try {
    session = await launchExtension({ serve: root, extensionPath: resolve('.output/chrome-mv3') });
    const local = session.baseUrl;
    await session.context.route(
      (url) => !url.href.startsWith(local) && !url.protocol.startsWith('chrome'),
      (route) => route.abort(),
    );
    for (const name of pages) {
      const page = await session.context.newPage();
      let line: string;
      try {
        await page.goto(`${local}/${encodeURIComponent(name)}`, {
          waitUntil: 'domcontentloaded',
          timeout: 20_000,
        });
        const marks = await settledMarks(page, SETTLE_MS);
        if (marks.agree) agree++;
        line = `${marks.agree ? 'agree   ' : 'DIFFER  '}${name}  ${describe(marks)}`;
      } catch (error) {
        line = `FAILED  ${name}  ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      }
      console.log(line);
      await page.close().catch(() => undefined);
    }
  } finally {
    await session?.close();
  }
  return { pages: pages.length, agree };
}

let total = 0;
let agreeing = 0;
for (const folder of folders.length > 0 ? folders : fixtureFolders()) {
  const { pages, agree } = await checkFolder(folder);
  total += pages;
  agreeing += agree;
}
console.log(`\n${agreeing} of ${total} pages agree (the analyser's passages on the live page = its marks).`);
process.exit(agreeing === total ? 0 : 1);
