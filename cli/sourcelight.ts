// `sourcelight analyze FILE... [--url URL] [--format json|markdown]`: the extension's pure core, run over
// saved pages. Bundled by scripts/build-cli.mjs into dist/cli.mjs.
import { readFile, stat } from 'node:fs/promises';
import { analyzeFile, type FileResult } from './analyze-file';
import { toMarkdown } from './markdown';

const USAGE = `Usage: sourcelight analyze FILE... [--url URL] [--format json|markdown] [--no-claims]

Analyses saved web pages the way the Sourcelight extension does: finds the article, its quoted passages
and their outlets, and the claims with their chain of attribution.

  --url URL          the address the page was saved from (with several files, applies to all)
  --format FORMAT    json (default: one object per file, an array for several) or markdown
  --no-claims        leave claims out
  -h, --help         this text

Exit status: 0 when every file was analysed, 1 when any file could not be read or is not HTML, 2 on bad usage.`;

const MAX_BYTES = 50 * 1024 * 1024;

interface Options {
  files: string[];
  url: string | null;
  format: 'json' | 'markdown';
  claims: boolean;
}

function parseArgs(args: string[]): Options | string {
  const [command, ...rest] = args;
  if (!command || command === '-h' || command === '--help') return USAGE;
  if (command !== 'analyze') return `sourcelight: unknown command "${command}".\n\n${USAGE}`;
  const options: Options = { files: [], url: null, format: 'json', claims: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg.includes('=') ? arg.slice(6) : rest[++i];
      if (!value || !/^https?:\/\//i.test(value)) return 'sourcelight: --url needs an http(s) address.';
      options.url = value;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(9) : rest[++i];
      if (value !== 'json' && value !== 'markdown') return 'sourcelight: --format is json or markdown.';
      options.format = value;
    } else if (arg === '--no-claims') options.claims = false;
    else if (arg.startsWith('-') && arg !== '-') return `sourcelight: unknown option "${arg}".\n\n${USAGE}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return `sourcelight: no file to analyse.\n\n${USAGE}`;
  return options;
}

/** Reads a file that should hold HTML; any problem becomes a plain sentence. */
export async function readHtml(file: string): Promise<{ html: string } | { error: string }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { error: `${file} is a folder, not an HTML file.` };
    if (info.size > MAX_BYTES)
      return { error: `${file} is ${Math.round(info.size / 1048576)} MB; the limit is 50 MB.` };
    const bytes = await readFile(file);
    if (bytes.includes(0)) return { error: `${file} is not HTML (it holds binary data).` };
    const html = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (
      !/<(?:!doctype\s+html|html|head|body|article|main|div|p|blockquote|h[1-6]|section|span|a|meta|title)\b/i.test(
        html.slice(0, 100_000),
      )
    )
      return { error: `${file} is not HTML (no HTML elements found).` };
    return { html };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${file}: no such file.` };
    if (code === 'EACCES') return { error: `${file}: permission denied.` };
    return { error: `${file} could not be read: ${(error as Error).message}` };
  }
}

export async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    const isHelp = options === USAGE;
    (isHelp ? console.log : console.error)(options);
    return isHelp ? 0 : 2;
  }
  const results: FileResult[] = [];
  let failed = false;
  for (const file of options.files) {
    const read = await readHtml(file);
    if ('error' in read) {
      console.error(`sourcelight: ${read.error}`);
      results.push({ file, error: read.error });
      failed = true;
      continue;
    }
    results.push(await analyzeFile(file, read.html, { url: options.url, claims: options.claims }));
  }
  if (options.format === 'markdown') process.stdout.write(results.map(toMarkdown).join('\n\n---\n\n'));
  else
    process.stdout.write(
      `${JSON.stringify(results.length === 1 && !failed ? results[0] : results, null, 2)}\n`,
    );
  return failed ? 1 : 0;
}
