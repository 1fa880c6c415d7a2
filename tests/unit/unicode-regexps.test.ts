// The offscreen document's chunk has its literals over Unicode's properties written as strings compiled when
// first used (scripts/unicode-regexps.mjs): V8 no longer checks them as it compiles the chunk, and the code
// answers as it did.
import { describe, expect, it } from 'vitest';
import { deferUnicodeRegexps } from '../../scripts/unicode-regexps.mjs';

/** Literals over Unicode's properties left in `code` (each is checked as the code compiles). */
function propertyLiterals(code: string): string[] {
  return code.match(/\/[^/\n]*\\[pP]\{[^/\n]*\/[a-z]*/g) ?? [];
}

/** What `code` gives when run: the value it leaves in `result`. */
function run(code: string): unknown {
  return new Function(`${code}\nreturn result;`)();
}

const SAMPLE = `
const WORD = /^[\\p{Lu}][\\p{L}\\p{M}]*$/u;
const SPLIT = /[^\\p{L}]+/gu;
function isName(text) { return WORD.test(text) && /\\p{Ll}$/u.test(text); }
function words(text) { return text.split(/[^\\p{L}\\p{N}]+/u).filter(Boolean); }
function counts(text) {
  const re = /\\p{Lu}/gu;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
function fresh() { return /\\p{L}/u; }
const result = [
  isName('Reuters'), isName('reuters'), isName('Ведомости'),
  words('Le Monde, 12 décembre — Süddeutsche'),
  'A b, C; d'.split(SPLIT),
  counts('BBC News'), counts('BBC News'),
  fresh().test('x'), fresh().lastIndex,
  /\\d+/.test('12'),
];`;

describe('deferUnicodeRegexps', () => {
  const deferred = deferUnicodeRegexps(SAMPLE);

  it('writes each literal over a property as a string, but those with g or y in a function', () => {
    expect(propertyLiterals(SAMPLE)).toHaveLength(6);
    // The one left: the g literal inside counts(), whose lastIndex carries from one exec to the next.
    expect(propertyLiterals(deferred)).toEqual(['/\\p{Lu}/gu']);
    expect(deferred).toContain('new RegExp("^[\\\\p{Lu}][\\\\p{L}\\\\p{M}]*$","u")');
    // A literal without a property is left as it is.
    expect(deferred).toContain('/\\d+/.test');
  });

  it('gives the code the same answers', () => {
    expect(run(deferred)).toEqual(run(SAMPLE));
  });

  it('makes a literal inside a function once, on its first evaluation', () => {
    const code = `
function letter() { return /\\p{L}/u; }
const a = letter();
const b = letter();
const result = [a === b, a.test('é'), b.flags, b.lastIndex];`;
    expect(run(code)).toEqual([false, true, 'u', 0]);
    expect(run(deferUnicodeRegexps(code))).toEqual([true, true, 'u', 0]);
  });

  it('makes a literal at the top level at each evaluation, as the literal does', () => {
    const code = `
const made = [];
for (let i = 0; i < 2; i++) made.push(/\\p{L}/gu);
made[0].lastIndex = 3;
const result = [made[0] === made[1], made[1].lastIndex];`;
    expect(run(deferUnicodeRegexps(code))).toEqual(run(code));
    expect(propertyLiterals(deferUnicodeRegexps(code))).toEqual([]);
  });

  it('leaves code alone that holds no such literal, or binds the name RegExp', () => {
    const plain = 'const x = /a+/u; export { x };';
    expect(deferUnicodeRegexps(plain)).toBe(plain);
    const shadowed = 'function f(RegExp) { return /\\p{L}/u.test(RegExp); }';
    expect(deferUnicodeRegexps(shadowed)).toBe(shadowed);
  });
});
