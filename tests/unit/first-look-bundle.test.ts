// @vitest-environment node
// The content script's code as compiled on every page (entrypoints/first-look/index.ts): V8 checks each regular
// expression literal over Unicode's properties (`/\p{Lu}/u`) as it compiles a script, whether the expression ever
// runs or not, even inside a function never called (docs/highlights.md, "phase by phase"). Such expressions are
// written as strings and made on first use (`unicodePattern`, `unicodeExpression`: utils/analysis/lead-in-words.ts).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A script bundled with every module it imports (esbuild; WXT's build shakes as much or more away): the first look,
 * or the pre-check it loads (compiled on the page's thread where the content script carries it, as Firefox's does). */
async function bundled(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120'],
    define: { __SOURCELIGHT_TIMING__: 'false', 'import.meta.env.FIREFOX': 'false' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Every regular expression literal of a script, as written. */
function regexLiterals(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('first-look.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
  return found;
}

describe('the first look’s bundles', () => {
  it.each([
    ['entrypoints/first-look/index.ts', 5],
    ['inject/precheck-entry.ts', 20],
  ])(
    '%s holds no regular expression literal over Unicode’s properties',
    async (entry, least) => {
      const literals = regexLiterals(await bundled(entry));
      // The walk finds the bundle's literals (the quick look's, the pre-check's own among them).
      expect(literals.length).toBeGreaterThan(least);
      expect(literals.filter((literal) => /\\[pP]\{/.test(literal))).toEqual([]);
    },
    30_000,
  );
});

describe('the first look on every page', () => {
  it('carries the quick look, not the pre-check nor its words (loaded only where the quick look says maybe)', async () => {
    const code = await bundled('entrypoints/first-look/index.ts');
    expect(code).toMatch(/\bfunction quickLook\b/);
    expect(code).not.toMatch(/\bfunction mayHoldQuotes\b|\bINTRODUCES\b|\bBREAKS_OFF\b/);
  }, 30_000);
});
