// Reading a backup back in, from text that arrives in pieces (a file read as a stream) or whole. Everything
// is checked before anything is written: a file with any problem is refused whole, with messages that name
// the field ("claims[3].score: expected a number between 0 and 1, got "high""). Times later than now (plus a
// day) are a wrong clock, not a newer edit: they are set to now and counted, so the reader is told.
// Format 2 (JSON Lines, see backup.ts) is read line by line, whatever its size. Format 1 is one JSON
// document and is read whole, up to what one string can hold.

import type { ClaimRecord, PageRecord } from '../storage/types';
import {
  checkClaimRecord,
  checkList,
  checkPageRecord,
  describeValue,
  isObject,
  Problems,
} from '../storage/validate';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';

/** The longest format 1 file read: about what one JavaScript string can hold in Chrome and Firefox. */
export const MAX_WHOLE_CHARS = 500 * 1024 * 1024;
/** How far ahead of now a time may be before it is taken as a wrong clock. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const MAX_SHOWN_PROBLEMS = 20;
/** A format 1 file has no line breaks to speak of: a first line this long is not a format 2 header. */
const MAX_HEADER_CHARS = 64 * 1024;
const MAX_ITEMS = 10_000_000;

export type ParsedBackup =
  | { ok: true; claims: ClaimRecord[]; pages: PageRecord[]; futureDated: number }
  | { ok: false; errors: string[] };

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(chars: number, max = MAX_WHOLE_CHARS): string {
  return (
    `This backup (${megabytes(chars)}) is in the old single-document format, which can be read up to ` +
    `${megabytes(max)}. Export it again from the Sourcelight that made it, then import the new file.`
  );
}

function fail(...errors: string[]): ParsedBackup {
  return { ok: false, errors };
}

function versionMessage(version: unknown): string {
  const newer = typeof version === 'number' && version > BACKUP_VERSION;
  return (
    `This backup is version ${describeValue(version)}, and this Sourcelight reads versions 1 and ${BACKUP_VERSION}` +
    (newer ? ': update Sourcelight, then import it again.' : '.')
  );
}

/** Sets times after `now` + tolerance to `now`; true when any was. */
function clampTimes<T extends object>(record: T, keys: Array<keyof T>, now: number): boolean {
  let clamped = false;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'number' && value > now + FUTURE_TOLERANCE_MS) {
      (record as Record<keyof T, unknown>)[key] = now;
      clamped = true;
    }
  }
  return clamped;
}

/** A claim line's record with `exact` put back when it was left out (it repeats the text). */
function expandClaim(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.selector) || !isObject(value.selector.quote)) return value;
  if (value.selector.quote.exact !== undefined) return value;
  return { ...value, selector: { ...value.selector, quote: { ...value.selector.quote, exact: value.text } } };
}

/**
 * Takes a backup's text piece by piece (`push`), then gives the verdict (`finish`). Format 2 lines are
 * checked as they complete, so only the records are kept, never the text.
 */
export class BackupReader {
  private mode: 'start' | 'lines' | 'whole' = 'start';
  private pending = '';
  private whole: string[] = [];
  private wholeChars = 0;
  private tooLarge = false;
  private header: { pages: number; claims: number } | null = null;
  private lineNo = 0;
  private readonly problems = new Problems();
  private readonly claims: ClaimRecord[] = [];
  private readonly pages: PageRecord[] = [];
  private readonly claimIndex = new Map<string, number>();
  private readonly pageIndex = new Map<string, number>();
  private claimLines = 0;
  private pageLines = 0;
  private futureDated = 0;
  private fatal: string | null = null;

  constructor(
    private readonly now: number,
    private readonly maxWholeChars = MAX_WHOLE_CHARS,
  ) {}

  push(chunk: string): void {
    if (this.fatal) return;
    if (this.mode === 'whole') {
      this.keepWhole(chunk);
      return;
    }
    this.pending += chunk;
    if (this.mode === 'start') {
      const text = this.pending.replace(/^\uFEFF/, '');
      const end = text.indexOf('\n');
      if (end < 0 && text.length < MAX_HEADER_CHARS) return;
      const header = end < 0 ? null : this.readHeader(text.slice(0, end));
      if (this.fatal) return;
      if (!header) {
        this.mode = 'whole';
        this.keepWhole(this.pending);
        this.pending = '';
        return;
      }
      this.mode = 'lines';
      this.header = header;
      this.lineNo = 1;
      this.pending = text.slice(end + 1);
    }
    let start = 0;
    for (let end = this.pending.indexOf('\n'); end >= 0; end = this.pending.indexOf('\n', start)) {
      this.line(this.pending.slice(start, end));
      start = end + 1;
    }
    this.pending = this.pending.slice(start);
  }

  finish(): ParsedBackup {
    if (this.fatal) return fail(this.fatal);
    if (this.mode === 'start') {
      const text = this.pending.replace(/^\uFEFF/, '');
      const header = this.readHeader(text);
      if (this.fatal) return fail(this.fatal);
      if (header && !text.includes('\n')) {
        this.mode = 'lines';
        this.header = header;
        this.pending = '';
      } else {
        this.mode = 'whole';
        this.keepWhole(this.pending);
        this.pending = '';
      }
    }
    if (this.mode === 'whole') return this.finishWhole();
    if (this.pending.trim()) this.line(this.pending);
    this.pending = '';
    const header = this.header as { pages: number; claims: number };
    const p = this.problems;
    if (p.ok && (this.claimLines !== header.claims || this.pageLines !== header.pages)) {
      p.add(
        'file',
        `it holds ${this.claimLines} of the ${header.claims} claims and ${this.pageLines} of the ` +
          `${header.pages} pages it announces: it was cut short or changed`,
      );
    }
    return this.verdict();
  }

  /** The first line as a format 2 header, or null when the file is not format 2 (then read whole). */
  private readHeader(line: string): { pages: number; claims: number } | null {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return null;
    }
    // Format 1 is one document: its first line is "{", or the whole document when written without breaks.
    if (!isObject(value) || value.format !== BACKUP_FORMAT || value.version === 1) return null;
    if (value.version !== BACKUP_VERSION) {
      this.fatal = versionMessage(value.version);
      return null;
    }
    const count = (n: unknown) => (Number.isSafeInteger(n) && (n as number) >= 0 ? (n as number) : -1);
    const header = { pages: count(value.pages), claims: count(value.claims) };
    if (header.pages < 0 || header.claims < 0) {
      this.fatal =
        'This is not a Sourcelight backup: its first line does not say how many claims and pages it holds.';
      return null;
    }
    return header;
  }

  private line(raw: string): void {
    this.lineNo += 1;
    const p = this.problems;
    const text = raw.trim();
    if (!text || p.list.length >= MAX_SHOWN_PROBLEMS) return;
    const at = `line ${this.lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      p.add(at, `not JSON (${error instanceof Error ? error.message : 'unreadable'})`);
      return;
    }
    if (isObject(value) && 'claim' in value) {
      const path = `${at}: claims[${this.claimLines}]`;
      this.claimLines += 1;
      const claim = checkClaimRecord(p, expandClaim(value.claim), path);
      if (claim) this.addClaim(claim, path);
    } else if (isObject(value) && 'page' in value) {
      const path = `${at}: pages[${this.pageLines}]`;
      this.pageLines += 1;
      const page = checkPageRecord(p, value.page, path);
      if (page) this.addPage(page, path);
    } else {
      p.add(at, `expected a claim or a page, got ${describeValue(value)}`);
    }
  }

  private addClaim(claim: ClaimRecord, path: string): void {
    const first = this.claimIndex.get(claim.id);
    if (first !== undefined) {
      this.problems.add(`${path}.id`, `the same id as claims[${first}] (${describeValue(claim.id)})`);
      return;
    }
    this.claimIndex.set(claim.id, this.claims.length);
    if (clampTimes(claim, ['savedAt', 'updatedAt', 'orphanedAt'], this.now)) this.futureDated += 1;
    this.claims.push(claim);
  }

  private addPage(page: PageRecord, path: string): void {
    const first = this.pageIndex.get(page.url);
    if (first !== undefined) {
      this.problems.add(`${path}.url`, `the same page as pages[${first}]`);
      return;
    }
    this.pageIndex.set(page.url, this.pages.length);
    if (clampTimes(page, ['analysedAt'], this.now)) this.futureDated += 1;
    this.pages.push(page);
  }

  private keepWhole(chunk: string): void {
    this.wholeChars += chunk.length;
    if (this.wholeChars > this.maxWholeChars) {
      this.tooLarge = true;
      this.whole = [];
    }
    if (!this.tooLarge) this.whole.push(chunk);
  }

  /** Format 1: one JSON document. */
  private finishWhole(): ParsedBackup {
    if (this.tooLarge) return fail(tooLargeMessage(this.wholeChars, this.maxWholeChars));
    const content = this.whole.join('').replace(/^\uFEFF/, '');
    this.whole = [];
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      const why = error instanceof Error ? ` (${error.message})` : '';
      return fail(`This file is not JSON, so it is not a Sourcelight backup${why}.`);
    }
    if (!isObject(data))
      return fail(`This is not a Sourcelight backup: expected a JSON object, got ${describeValue(data)}.`);
    if (data.format !== BACKUP_FORMAT) {
      return fail(
        `This is not a Sourcelight backup: "format" is ${describeValue(data.format)}, expected "${BACKUP_FORMAT}".`,
      );
    }
    if (data.version !== 1) return fail(versionMessage(data.version));
    const p = this.problems;
    if (typeof data.exportedAt !== 'string' && typeof data.exportedAt !== 'number') {
      p.add('exportedAt', `expected a date, got ${describeValue(data.exportedAt)}`);
    }
    const claims = checkList(p, data.claims, 'claims', checkClaimRecord, MAX_SHOWN_PROBLEMS, MAX_ITEMS);
    const pages =
      data.pages === undefined
        ? []
        : checkList(p, data.pages, 'pages', checkPageRecord, MAX_SHOWN_PROBLEMS, MAX_ITEMS);
    if (p.ok) {
      claims.forEach((claim, i) => {
        this.addClaim(claim, `claims[${i}]`);
      });
      pages.forEach((page, i) => {
        this.addPage(page, `pages[${i}]`);
      });
    }
    return this.verdict();
  }

  private verdict(): ParsedBackup {
    const p = this.problems;
    if (!p.ok) {
      const header = 'This backup was not imported, because some of it is not valid (nothing was changed):';
      return fail(header, ...p.list.slice(0, MAX_SHOWN_PROBLEMS));
    }
    return { ok: true, claims: this.claims, pages: this.pages, futureDated: this.futureDated };
  }
}

/** Reads a backup whose text arrives in pieces (see textChunks). */
export async function readBackup(chunks: AsyncIterable<string>, now: number): Promise<ParsedBackup> {
  const reader = new BackupReader(now);
  for await (const chunk of chunks) reader.push(chunk);
  return reader.finish();
}

/** Reads a backup held as one string. */
export function parseBackup(content: string, now: number): ParsedBackup {
  const reader = new BackupReader(now);
  reader.push(content);
  return reader.finish();
}

/** A file's text, decoded piece by piece as it is read (UTF-8), so no piece is larger than the browser's. */
export async function* textChunks(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    yield decoder.decode(value, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
