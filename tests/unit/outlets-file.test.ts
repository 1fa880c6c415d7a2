// The outlets table and its index as one JSON file (utils/outlets/outlets-file.ts), as Chrome's analyser reads
// them: the lookups over it answer as the shipped table's own do, and the file is read at the first lookup.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultOutlets, shippedOutletsFile } from '../../utils/outlets/default-lookup';
import { shippedOutletTable } from '../../utils/outlets/lookup';
import { outletsFileText, outletsFromFile } from '../../utils/outlets/outlets-file';

const shipped = shippedOutletsFile();
/** The file as the build writes it. */
const json = outletsFileText(shipped);
const table = shippedOutletTable();

describe('the outlets file', () => {
  it('holds the curated table, the dataset and an index made for them', () => {
    const file = JSON.parse(json);
    expect(Object.keys(file).sort()).toEqual(['dataset', 'index', 'table']);
    expect(file.table.outlets).toEqual(table.outlets);
    expect(file.table.sharedAliases).toEqual(table.sharedAliases);
    expect(file.table.mentionCare).toEqual(table.mentionCare);
    expect(file.table.notOutletPhrases).toEqual(table.notOutletPhrases);
    expect(file.dataset.outlets).toHaveLength(table.dataset?.length ?? -1);
    expect(file.index.table).toEqual([table.outlets.length, table.dataset?.length, expect.any(Number)]);
  });

  it('answers as the shipped table does, on every outlet and on the fixture pages', () => {
    const read = outletsFromFile(() => json);
    const same = (fn: (o: typeof defaultOutlets) => unknown) => expect(fn(read)).toEqual(fn(defaultOutlets));
    for (const outlet of [...table.outlets, ...(table.dataset ?? [])]) {
      same((o) => o.byName(outlet.name));
      for (const alias of outlet.aliases) same((o) => o.byName(alias));
      for (const domain of outlet.domains) same((o) => o.byHost(`www.${domain}`));
      for (const handle of outlet.handles ?? []) same((o) => o.byHandle(handle));
    }
    same((o) => o.canonicalPublication('nytimes.com'));
    for (const words of ['the Times', 'The Post', 'Reuters', 'the Guardian'])
      same((o) => o.hasShortName?.(words));
    same((o) => o.inLanguage?.('sr', null).byName('Дневник'));
    same((o) => o.inLanguage?.('bg', null).byName('Дневник'));
    const folder = join(__dirname, '../fixtures/pages');
    for (const page of readdirSync(folder).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(folder, page), 'utf8').replace(/<[^>]*>/g, ' ');
      same((o) => o.mentions(text));
    }
  });

  it('is read at the first lookup, once, not as the lookups are made', () => {
    let text = '';
    const read = vi.fn(() => text);
    const lookup = outletsFromFile(read);
    expect(read).not.toHaveBeenCalled();
    text = json;
    expect(lookup.byName('Reuters')?.name).toBe('Reuters');
    expect(lookup.mentions('Reuters said so.').length).toBeGreaterThan(0);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('is written in ASCII alone, and reads back as the same file', () => {
    expect(JSON.stringify(shipped)).toMatch(/[\u0080-\uffff]/);
    expect(json).not.toMatch(/[\u0080-\uffff]/);
    expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify(shipped));
    const odd = { table: { name: 'Süddeutsche 朝日新聞 𝕏 \u2028 "q" \\ é' } } as unknown as typeof shipped;
    expect(outletsFileText(odd)).not.toMatch(/[\u0080-\uffff]/);
    expect(JSON.parse(outletsFileText(odd))).toEqual(odd);
  });

  it('throws from the lookup when the file does not parse', () => {
    expect(() => outletsFromFile(() => '').byName('Reuters')).toThrow(SyntaxError);
  });
});
