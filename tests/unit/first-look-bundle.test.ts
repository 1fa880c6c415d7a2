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

/** The first look bundled with every module it imports (esbuild; WXT's build shakes as much or more away). */
async function firstLookBundle(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/first-look/index.ts'],
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

describe('the first look’s bundle', () => {
  it('holds no regular expression literal over Unicode’s properties', async () => {
    const literals = regexLiterals(await firstLookBundle());
    // The walk finds the bundle's literals (the pre-check's own among them).
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((literal) => /\\[pP]\{/.test(literal))).toEqual([]);
  }, 30_000);
});
