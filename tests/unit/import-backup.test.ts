// Importing a backup (format 2, JSON Lines; format 1, one JSON document): every malformed file is refused whole
// with a message naming the problem; a valid one merges by id (the copy with the higher version wins, a
// replaced note is reported, a saved claim stays saved, dates in the future are clamped), in one transaction.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupLines } from '../../utils/export/backup';
import { BackupReader, type ParsedBackup, parseBackup } from '../../utils/export/import-backup';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';
import hostileBackup from '../fixtures/hostile/hostile-backup.json';
import { freshIndexedDb, makeRecord } from './storage-helpers';

function backupOf(claims: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'sourcelight-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    claims,
    ...extra,
  });
}

const NOW = Date.UTC(2026, 5, 1);

function errorsOf(content: string): string[] {
  const parsed = parseBackup(content, NOW);
  if (parsed.ok) throw new Error('expected the backup to be refused');
  return parsed.errors;
}

describe('backup validation', () => {
  it('accepts what the export writes', () => {
    const parsed = parseBackup(backupLines([makeRecord(1), makeRecord(2)], [], 0).join(''), NOW);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.claims).toEqual([makeRecord(1), makeRecord(2)]);
  });

  it('reads format 2 in pieces of any size, split anywhere, even inside a character', () => {
    const claims = [makeRecord(1, { note: 'Ünïcødé 🙂 note' }), makeRecord(2, { text: 'Line\none' })];
    const text = backupLines(claims, [], 0).join('');
    for (const size of [1, 7, 1000]) {
      const reader = new BackupReader(NOW);
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      expect(reader.finish()).toEqual({ ok: true, claims, pages: [], futureDated: 0 });
    }
  });

  it('leaves out a quote that repeats the text, and puts it back', () => {
    const lines = backupLines([makeRecord(1)], [], 0);
    expect(lines[1]).not.toContain('"exact"');
    const other = makeRecord(2, {
      selector: { ...makeRecord(2).selector, quote: { ...makeRecord(2).selector.quote, exact: 'other' } },
    });
    expect(backupLines([other], [], 0)[1]).toContain('"exact":"other"');
    const parsed = parseBackup(lines.join(''), NOW);
    expect(parsed.ok && parsed.claims[0].selector.quote.exact).toBe(makeRecord(1).text);
  });

  it('refuses a format 2 file cut short, or with a broken line, naming the line', () => {
    const lines = backupLines([makeRecord(1), makeRecord(2), makeRecord(3)], [], 0);
    expect(errorsOf(lines.slice(0, 3).join(''))).toContain(
      'file: it holds 2 of the 3 claims and 0 of the 0 pages it announces: it was cut short or changed',
    );
    const broken = [...lines.slice(0, 2), '{"claim": {"id": "c2", "tex', ...lines.slice(3)].join('');
    expect(errorsOf(broken).some((e) => e.startsWith('line 3: not JSON'))).toBe(true);
    const wrong = lines.map((l, i) => (i === 2 ? l.replace('"score":0.5', '"score":"high"') : l)).join('');
    expect(errorsOf(wrong)).toContain(
      'line 3: claims[1].score: expected a number between 0 and 1, got "high"',
    );
    expect(errorsOf(`${lines.join('')}{"note":"stray"}\n`)).toContain(
      'line 5: expected a claim or a page, got an object',
    );
    const twice = [...lines, lines[1]].join('').replace('"claims":3', '"claims":4');
    expect(errorsOf(twice)).toContain('line 5: claims[3].id: the same id as claims[0] ("c1")');
  });

  it('refuses a file that is not JSON', () => {
    expect(errorsOf('<html>not a backup</html>')[0]).toMatch(
      /^This file is not JSON, so it is not a Sourcelight backup/,
    );
  });

  it('refuses the wrong format and the wrong version', () => {
    expect(errorsOf(JSON.stringify({ format: 'pocket-export', version: 1, claims: [] }))).toEqual([
      'This is not a Sourcelight backup: "format" is "pocket-export", expected "sourcelight-backup".',
    ]);
    expect(errorsOf(JSON.stringify([1, 2]))[0]).toBe(
      'This is not a Sourcelight backup: expected a JSON object, got an array.',
    );
    expect(errorsOf(backupOf([], { version: 3 }))[0]).toBe(
      'This backup is version 3, and this Sourcelight reads versions 1 and 2: update Sourcelight, then import it again.',
    );
    const header = '{"format":"sourcelight-backup","version":7,"exportedAt":"x","pages":0,"claims":0}\n';
    expect(errorsOf(header)[0]).toMatch(
      /^This backup is version 7, and this Sourcelight reads versions 1 and 2/,
    );
  });

  it('reads a format 1 file larger than the old 50 MB cap, and refuses one over what a string holds', () => {
    const note = 'n'.repeat(50_000);
    const claims = Array.from({ length: 1100 }, (_, i) => makeRecord(i, { note }));
    const big = JSON.stringify({ format: 'sourcelight-backup', version: 1, exportedAt: 0, claims }, null, 2);
    expect(big.length).toBeGreaterThan(50 * 1024 * 1024);
    const parsed = parseBackup(big, NOW);
    expect(parsed.ok && parsed.claims.length).toBe(1100);
    const small = new BackupReader(NOW, 1000);
    small.push(backupOf([makeRecord(1, { note: 'x'.repeat(2000) })]));
    const refused = small.finish() as Extract<ParsedBackup, { ok: false }>;
    expect(refused.errors[0]).toMatch(/^This backup \(0\.0 MB\) is in the old single-document format/);
  });

  it('names each wrong field with what was expected and what was found', () => {
    const claims = [
      makeRecord(0),
      makeRecord(1),
      makeRecord(2),
      { ...makeRecord(3), score: 'high' },
      { ...makeRecord(4), tags: 'a,b' },
      { ...makeRecord(5), savedAt: '2024-01-01' },
    ];
    const { text: _text, ...noText } = makeRecord(6);
    claims.push(noText as ClaimRecord);
    const errors = errorsOf(backupOf(claims));
    expect(errors[0]).toMatch(/^This backup was not imported/);
    expect(errors).toContain('claims[3].score: expected a number between 0 and 1, got "high"');
    expect(errors).toContain('claims[4].tags: expected a list of strings, got "a,b"');
    expect(errors).toContain(
      'claims[5].savedAt: expected a time (milliseconds since 1970) or null, got "2024-01-01"',
    );
    expect(errors).toContain('claims[6].text: expected a string, got nothing');
  });

  it('checks nested fields and lists', () => {
    const errors = errorsOf(
      backupOf([
        { ...makeRecord(1), speaker: { name: 3, mention: 'he', how: 'guessed' } },
        {
          ...makeRecord(2),
          selector: { quote: {}, position: { type: 'TextPositionSelector', start: 5, end: 2 } },
        },
        'just a string',
      ]),
    );
    expect(errors).toContain('claims[0].speaker.name: expected a string or null, got 3');
    expect(errors).toContain(
      'claims[0].speaker.how: expected one of "named", "resolved", "unnamed", got "guessed"',
    );
    expect(errors).toContain('claims[1].selector.position.end: expected a number ≥ start (5), got 2');
    expect(errors).toContain('claims[1].selector.quote.exact: expected a string, got nothing');
    expect(errors).toContain('claims[2]: expected a claim (an object), got "just a string"');
    expect(errorsOf(backupOf('none' as never))).toContain('claims: expected a list, got "none"');
  });

  it('refuses duplicate ids', () => {
    expect(errorsOf(backupOf([makeRecord(1), makeRecord(2), makeRecord(1)]))).toContain(
      'claims[2].id: the same id as claims[0] ("c1")',
    );
  });

  it('refuses huge strings without echoing them', () => {
    const errors = errorsOf(backupOf([makeRecord(1, { text: 'y'.repeat(1_000_000) })]));
    expect(errors).toContain('claims[0].text: longer than 20000 characters (1000000)');
    expect(errors.join('\n').length).toBeLessThan(2000);
  });

  it('accepts the hostile fixture as valid data (it is text, which is shown as text)', () => {
    expect(parseBackup(JSON.stringify(hostileBackup), NOW).ok).toBe(true);
  });
});

describe('backup merge', () => {
  let store: LibraryStore;
  beforeEach(async () => {
    freshIndexedDb();
    store = new LibraryStore(await openLibraryDb(), () => 1);
  });

  async function importText(content: string, now = NOW) {
    const parsed = parseBackup(content, now);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return store.importBackup(parsed);
  }

  it('adds new claims, updates ones edited fewer times and leaves equal ones alone', async () => {
    await store.importBackup({
      claims: [makeRecord(1, { note: 'a', updatedAt: 10 }), makeRecord(2, { updatedAt: 10 })],
    });
    const result = await importText(
      backupOf([
        makeRecord(1, { note: 'a', updatedAt: 10 }),
        makeRecord(2, { tags: ['x'], updatedAt: 20, version: 2 }),
        makeRecord(3),
      ]),
    );
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1, noteConflicts: [] });
    expect((await store.getClaim('c2'))?.tags).toEqual(['x']);
  });

  it('keeps the note edited more often and reports the one it replaced', async () => {
    await store.importBackup({
      claims: [
        makeRecord(1, { note: 'library note', updatedAt: 50 }),
        makeRecord(2, { note: 'newer here', updatedAt: 90, version: 3 }),
      ],
    });
    const result = await importText(
      backupOf([
        makeRecord(1, { note: 'backup note', updatedAt: 60, version: 2 }),
        makeRecord(2, { note: 'older there', updatedAt: 95, version: 2 }),
      ]),
    );
    expect((await store.getClaim('c1'))?.note).toBe('backup note');
    expect((await store.getClaim('c2'))?.note).toBe('newer here');
    expect(result.noteConflicts).toEqual([
      {
        id: 'c1',
        text: makeRecord(1).text,
        kept: 'backup note',
        replaced: 'library note',
        keptFrom: 'backup',
      },
      {
        id: 'c2',
        text: makeRecord(2).text,
        kept: 'newer here',
        replaced: 'older there',
        keptFrom: 'library',
      },
    ]);
  });

  it('never lets a date in the future beat a local note, and says it clamped it', async () => {
    const year99999 = Date.UTC(99999, 0, 1);
    await store.importBackup({ claims: [makeRecord(1, { note: 'my note', updatedAt: NOW - 1000 })] });
    const file = backupLines([makeRecord(1, { note: 'from the future', updatedAt: year99999 })], [], 0);
    const parsed = parseBackup(file.join(''), NOW);
    expect(parsed.ok && parsed.futureDated).toBe(1);
    expect(parsed.ok && parsed.claims[0].updatedAt).toBe(NOW);
    const result = await importText(file.join(''));
    expect(result.noteConflicts).toEqual([
      expect.objectContaining({ kept: 'my note', replaced: 'from the future', keptFrom: 'library' }),
    ]);
    // Nor later, once the reader has edited the note again: the clock in the file decides nothing.
    const edited = await store.updateClaim('c1', { version: 1, note: 'my newer note' });
    expect(edited.ok).toBe(true);
    await importText(file.join(''), NOW + 10 * 365 * 86_400_000);
    expect((await store.getClaim('c1'))?.note).toBe('my newer note');
    // A format 1 file is clamped the same way.
    const old = parseBackup(backupOf([makeRecord(2, { savedAt: year99999, updatedAt: year99999 })]), NOW);
    expect(old.ok && [old.futureDated, old.claims[0].savedAt]).toEqual([1, NOW]);
  });

  it('never unsaves a saved claim', async () => {
    await store.importBackup({ claims: [makeRecord(1, { savedAt: 5, updatedAt: 5 })] });
    await importText(backupOf([makeRecord(1, { savedAt: null, updatedAt: 50, version: 4 })]));
    expect((await store.getClaim('c1'))?.savedAt).toBe(5);
  });

  it('is all or nothing: a failure part-way leaves the library as it was', async () => {
    await store.importBackup({ claims: [makeRecord(1, { note: 'before', updatedAt: 5 })] });
    const unstorable = { ...makeRecord(3), note: (() => 'a function cannot be stored') as unknown as string };
    await expect(
      store.importBackup({
        claims: [makeRecord(1, { note: 'after', updatedAt: 50, version: 2 }), makeRecord(2), unstorable],
      }),
    ).rejects.toThrow();
    expect((await store.getClaim('c1'))?.note).toBe('before');
    expect(await store.getClaim('c2')).toBeNull();
    expect(await store.listSaved()).toHaveLength(1);
  });

  it('round-trips a whole library through a backup into an empty one', async () => {
    const records = [makeRecord(1, { note: 'n', tags: ['t'] }), makeRecord(2, { orphanedAt: 77 })];
    await store.importBackup({ claims: records });
    const json = backupLines(await store.listSaved(), [], 0).join('');
    freshIndexedDb();
    store = new LibraryStore(await openLibraryDb(), () => 1);
    expect(await importText(json)).toMatchObject({ added: 2 });
    expect(await store.listSaved()).toEqual(records);
  });
});
