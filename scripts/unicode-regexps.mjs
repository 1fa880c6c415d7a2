// Regular expression literals over Unicode's properties (`/[\p{L}\p{M}]/u`) in the analyser's host, written out
// as strings compiled when first used. V8 checks every regular expression literal as it compiles a script, and
// one over a property is costly to check (it builds the property's set of characters), whether the literal is
// ever evaluated or not: the offscreen document's chunk held 155 of them, about 15 ms of its compile in a fresh
// Chrome, before the document could answer its first page (docs/highlights.md, "The first load's compile").
// `new RegExp` of a string is not checked until it runs. Done on the built chunk, so the analyser's modules keep
// their literals (and so do the content script's, whose pre-check writes its own as strings where it pays).
//
// Exact by construction: each literal becomes an expression that yields an equal expression object wherever it
// is evaluated.
// - At a module's top level (evaluated as often as its place is: once, or each time round a loop), the literal
//   becomes `new RegExp(source, flags)`: a fresh object at each evaluation, as a literal is.
// - Inside a function, a literal without the g or y flag becomes one object made on its first evaluation and
//   kept (`(name ??= new RegExp(…))`). Such an object's only state is `lastIndex`, which the built-in methods
//   neither heed nor change for it (RegExpBuiltinExec reads it and uses 0, and writes it only for g or y;
//   @@search puts it back), so a kept object answers as a fresh one would; code that compared such objects by
//   identity or wrote to them would notice, and the analyser does neither. A literal with g or y keeps its
//   `lastIndex` between calls: it is left as it is.
import { parseAst } from 'vite';

/** A pattern over a Unicode property or its complement. */
const PROPERTY = /\\[pP]\{/;
/** The prefix of the kept objects' names, appended as `var` declarations at the chunk's end. */
const KEPT = '__sourcelightUnicodeRe';

/** Code that may bind the name RegExp (a declaration, a parameter, an import, a destructured name): left alone,
 * since `new RegExp` must mean the global one. Errs towards leaving code alone (`(RegExp)` counts). */
const BINDS_REGEXP = /\b(?:var|let|const|function|class)\s+RegExp\b|[,({]\s*RegExp\s*[,)=}:]|\bas\s+RegExp\b/;

const FUNCTION = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * `code` (an ES module or script, as bundled) with its literals over Unicode's properties written as strings.
 * Unchanged when it holds none, or binds the name `RegExp` anywhere (the global one is meant).
 */
export function deferUnicodeRegexps(code) {
  if (!PROPERTY.test(code) || BINDS_REGEXP.test(code)) return code;
  if (code.includes(KEPT)) throw new Error(`deferUnicodeRegexps: the code already names ${KEPT}`);
  const ast = parseAst(code);
  const edits = [];
  const kept = [];
  const visit = (node, inFunction) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inFunction);
      return;
    }
    if (typeof node.type !== 'string') return;
    if (node.type === 'Literal' && node.regex && PROPERTY.test(node.regex.pattern)) {
      const raw = code.slice(node.start, node.end);
      if (raw !== node.raw) throw new Error('deferUnicodeRegexps: the parser placed a literal elsewhere');
      const slash = raw.lastIndexOf('/');
      const made = `new RegExp(${JSON.stringify(raw.slice(1, slash))},${JSON.stringify(raw.slice(slash + 1))})`;
      if (!inFunction) edits.push({ start: node.start, end: node.end, text: `(${made})` });
      else if (!/[gy]/.test(node.regex.flags)) {
        const name = `${KEPT}${kept.length}`;
        kept.push(name);
        edits.push({ start: node.start, end: node.end, text: `(${name}??=${made})` });
      }
      return;
    }
    const inner = inFunction || FUNCTION.has(node.type) || node.type === 'ClassBody';
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      visit(node[key], inner);
    }
  };
  visit(ast, false);
  if (edits.length === 0) return code;
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += code.slice(at);
  return kept.length > 0 ? `${out}\nvar ${kept.join(',')};\n` : out;
}

/** The Vite plugin: `deferUnicodeRegexps` on the built chunks whose file names `only` accepts. */
export function unicodeRegexpsOnFirstUse(only) {
  return {
    name: 'sourcelight-unicode-regexps',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && only(file.fileName)) file.code = deferUnicodeRegexps(file.code);
    },
  };
}
