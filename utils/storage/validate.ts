// Hand-written, field-by-field checks for anything that arrives from outside the background's own code
// (messages, backup files). Each problem is one line naming the field: `claims[3].score: expected a number
// between 0 and 1, got "high"`. Valid input comes back as a fresh object holding only the known fields.
import type { OutletShare } from '../analysis/types';
import type { Claim, ClaimSelector, Speaker } from '../claims/types';
import type { ClaimRecord, PageRecord } from './types';

export const LIMITS = {
  id: 200,
  text: 20_000,
  name: 500,
  url: 4_096,
  note: 100_000,
  tag: 200,
  tags: 100,
  reasons: 100,
  listItems: 100_000,
} as const;

export class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** How a value looks, briefly: "high" quoted, numbers as written, "an object", "nothing" for missing. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    if (value.length > LIMITS.name) return `a string of ${value.length} characters`;
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Obj = Record<string, unknown>;

export function checkString(p: Problems, obj: Obj, key: string, path: string, max: number): string {
  const value = obj[key];
  if (typeof value !== 'string') {
    p.add(`${path}.${key}`, `expected a string, got ${describeValue(value)}`);
    return '';
  }
  if (value.length > max) p.add(`${path}.${key}`, `longer than ${max} characters (${value.length})`);
  return value;
}

export function checkNullableString(
  p: Problems,
  obj: Obj,
  key: string,
  path: string,
  max: number,
): string | null {
  if (obj[key] === null) return null;
  const value = obj[key];
  if (typeof value !== 'string') {
    p.add(`${path}.${key}`, `expected a string or null, got ${describeValue(value)}`);
    return null;
  }
  if (value.length > max) p.add(`${path}.${key}`, `longer than ${max} characters (${value.length})`);
  return value;
}

function checkNumber(
  p: Problems,
  obj: Obj,
  key: string,
  path: string,
  range: { min: number; max: number; integer?: boolean; what: string },
): number {
  const value = obj[key];
  const fits =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value));
  if (!fits) {
    p.add(`${path}.${key}`, `expected ${range.what}, got ${describeValue(value)}`);
    return range.min;
  }
  return value as number;
}

export const VERSION = { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true, what: 'a whole number ≥ 1' };

const TIME = { min: 0, max: 8.64e15, what: 'a time (milliseconds since 1970)' };

function checkTime(p: Problems, obj: Obj, key: string, path: string): number {
  return checkNumber(p, obj, key, path, TIME);
}

function checkNullableTime(p: Problems, obj: Obj, key: string, path: string): number | null {
  if (obj[key] === null) return null;
  const value = obj[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > TIME.max) {
    p.add(`${path}.${key}`, `expected a time (milliseconds since 1970) or null, got ${describeValue(value)}`);
    return null;
  }
  return value;
}

function checkStringArray(
  p: Problems,
  obj: Obj,
  key: string,
  path: string,
  maxItems: number,
  maxLength: number,
) {
  const value = obj[key];
  if (!Array.isArray(value)) {
    p.add(`${path}.${key}`, `expected a list of strings, got ${describeValue(value)}`);
    return [];
  }
  if (value.length > maxItems) p.add(`${path}.${key}`, `more than ${maxItems} items (${value.length})`);
  const out: string[] = [];
  value.slice(0, maxItems).forEach((item, i) => {
    if (typeof item !== 'string')
      p.add(`${path}.${key}[${i}]`, `expected a string, got ${describeValue(item)}`);
    else if (item.length > maxLength) p.add(`${path}.${key}[${i}]`, `longer than ${maxLength} characters`);
    else out.push(item);
  });
  return out;
}

function checkOneOf<T extends string>(
  p: Problems,
  obj: Obj,
  key: string,
  path: string,
  allowed: readonly T[],
): T {
  const value = obj[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    p.add(
      `${path}.${key}`,
      `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(value)}`,
    );
    return allowed[0];
  }
  return value as T;
}

function checkObject(p: Problems, obj: Obj, key: string, path: string): Obj | null {
  const value = obj[key];
  if (!isObject(value)) {
    p.add(`${path}.${key}`, `expected an object, got ${describeValue(value)}`);
    return null;
  }
  return value;
}

function checkSpeaker(p: Problems, obj: Obj, path: string): Speaker | null {
  if (obj.speaker === null) return null;
  const s = checkObject(p, obj, 'speaker', path);
  if (!s) return null;
  const at = `${path}.speaker`;
  return {
    name: checkNullableString(p, s, 'name', at, LIMITS.name),
    mention: checkString(p, s, 'mention', at, LIMITS.name),
    how: checkOneOf(p, s, 'how', at, ['named', 'resolved', 'unnamed'] as const),
  };
}

function checkSelector(p: Problems, obj: Obj, path: string): ClaimSelector {
  const empty: ClaimSelector = {
    quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
  };
  const sel = checkObject(p, obj, 'selector', path);
  if (!sel) return empty;
  const at = `${path}.selector`;
  const quote = checkObject(p, sel, 'quote', at);
  const position = checkObject(p, sel, 'position', at);
  if (!quote || !position) return empty;
  const qAt = `${at}.quote`;
  const pAt = `${at}.position`;
  checkOneOf(p, quote, 'type', qAt, ['TextQuoteSelector'] as const);
  checkOneOf(p, position, 'type', pAt, ['TextPositionSelector'] as const);
  const offset = { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, what: 'a whole number ≥ 0' };
  const start = checkNumber(p, position, 'start', pAt, offset);
  const end = checkNumber(p, position, 'end', pAt, offset);
  if (end < start) p.add(`${pAt}.end`, `expected a number ≥ start (${start}), got ${end}`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: checkString(p, quote, 'exact', qAt, LIMITS.text),
      prefix: checkString(p, quote, 'prefix', qAt, LIMITS.text),
      suffix: checkString(p, quote, 'suffix', qAt, LIMITS.text),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** A claim as the analyser makes it. */
export function checkClaim(p: Problems, value: unknown, path: string): Claim | null {
  if (!isObject(value)) {
    p.add(path, `expected a claim (an object), got ${describeValue(value)}`);
    return null;
  }
  const before = p.list.length;
  const id = checkString(p, value, 'id', path, LIMITS.id);
  if (typeof value.id === 'string' && value.id.trim() === '') p.add(`${path}.id`, 'must not be empty');
  const claim: Claim = {
    id,
    text: checkString(p, value, 'text', path, LIMITS.text),
    kind: checkOneOf(p, value, 'kind', path, ['reported', 'commentary'] as const),
    quoteId: checkNullableString(p, value, 'quoteId', path, LIMITS.id),
    publication: checkNullableString(p, value, 'publication', path, LIMITS.name),
    outlet: checkNullableString(p, value, 'outlet', path, LIMITS.name),
    speaker: checkSpeaker(p, value, path),
    score: checkNumber(p, value, 'score', path, { min: 0, max: 1, what: 'a number between 0 and 1' }),
    reasons: checkStringArray(p, value, 'reasons', path, LIMITS.reasons, LIMITS.name),
    selector: checkSelector(p, value, path),
  };
  return p.list.length === before ? claim : null;
}

/** A claim as the library keeps it (backups, undo). */
export function checkClaimRecord(p: Problems, value: unknown, path: string): ClaimRecord | null {
  const claim = checkClaim(p, value, path);
  if (!isObject(value)) return null;
  const before = p.list.length;
  const record: ClaimRecord = {
    ...(claim as Claim),
    pageUrl: checkString(p, value, 'pageUrl', path, LIMITS.url),
    pageTitle: checkNullableString(p, value, 'pageTitle', path, LIMITS.name * 4),
    savedAt: checkNullableTime(p, value, 'savedAt', path),
    note: checkString(p, value, 'note', path, LIMITS.note),
    tags: checkStringArray(p, value, 'tags', path, LIMITS.tags, LIMITS.tag),
    updatedAt: checkTime(p, value, 'updatedAt', path),
    // Records from before versions (backup format 1) count as one edit.
    version: value.version === undefined ? 1 : checkNumber(p, value, 'version', path, VERSION),
    orphanedAt: value.orphanedAt === undefined ? null : checkNullableTime(p, value, 'orphanedAt', path),
  };
  return claim && p.list.length === before ? record : null;
}

const SHARE_KINDS = ['outlet', 'self', 'social', 'person', 'document', 'unknown', 'commentary'] as const;

function checkBreakdown(p: Problems, obj: Obj, path: string): OutletShare[] {
  const value = obj.breakdown;
  if (!Array.isArray(value)) {
    p.add(`${path}.breakdown`, `expected a list, got ${describeValue(value)}`);
    return [];
  }
  return value.slice(0, 1000).map((item, i) => {
    const at = `${path}.breakdown[${i}]`;
    if (!isObject(item)) {
      p.add(at, `expected an object, got ${describeValue(item)}`);
      return { source: '', kind: 'unknown', chars: 0, share: 0 };
    }
    return {
      source: checkString(p, item, 'source', at, LIMITS.name),
      kind: checkOneOf(p, item, 'kind', at, SHARE_KINDS),
      chars: checkNumber(p, item, 'chars', at, { min: 0, max: 1e9, what: 'a number ≥ 0' }),
      share: checkNumber(p, item, 'share', at, { min: 0, max: 1, what: 'a number between 0 and 1' }),
    };
  });
}

const COUNT = { min: 0, max: 1e9, integer: true, what: 'a whole number ≥ 0' };

export function checkPageRecord(p: Problems, value: unknown, path: string): PageRecord | null {
  if (!isObject(value)) {
    p.add(path, `expected a page (an object), got ${describeValue(value)}`);
    return null;
  }
  const before = p.list.length;
  const aggregated = value.aggregated;
  if (typeof aggregated !== 'boolean')
    p.add(`${path}.aggregated`, `expected true or false, got ${describeValue(aggregated)}`);
  const page: PageRecord = {
    url: checkString(p, value, 'url', path, LIMITS.url),
    title: checkNullableString(p, value, 'title', path, LIMITS.name * 4),
    publication: checkNullableString(p, value, 'publication', path, LIMITS.name),
    aggregated: aggregated === true,
    breakdown: checkBreakdown(p, value, path),
    quoteCount: checkNumber(p, value, 'quoteCount', path, COUNT),
    claimCount: checkNumber(p, value, 'claimCount', path, COUNT),
    analysedAt: checkTime(p, value, 'analysedAt', path),
  };
  return p.list.length === before ? page : null;
}

/** Checks a list item by item, stopping early once there are plenty of problems to show. */
export function checkList<T>(
  p: Problems,
  value: unknown,
  path: string,
  check: (p: Problems, item: unknown, path: string) => T | null,
  maxProblems = 50,
  maxItems: number = LIMITS.listItems,
): T[] {
  if (!Array.isArray(value)) {
    p.add(path, `expected a list, got ${describeValue(value)}`);
    return [];
  }
  if (value.length > maxItems) {
    p.add(path, `more than ${maxItems} items (${value.length})`);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i += 1) {
    if (p.list.length >= maxProblems) break;
    const item = check(p, value[i], `${path}[${i}]`);
    if (item) out.push(item);
  }
  return out;
}
