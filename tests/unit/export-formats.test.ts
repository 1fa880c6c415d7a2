// Every export format from the same saved claims: Markdown grouped by page, RFC 4180 CSV parsed back with an
// independent parser (formula prefixes neutralised), the JSON backup, and W3C Web Annotations.
import { describe, expect, it } from 'vitest';
import { exportLibrary, fileText } from '../../utils/export';
import { toAnnotationCollection } from '../../utils/export/annotations';
import { CSV_COLUMNS, toCsv } from '../../utils/export/csv';
import { parseBackup } from '../../utils/export/import-backup';
import { escapeMarkdown, toMarkdown } from '../../utils/export/markdown';
import type { ClaimRecord, PageRecord } from '../../utils/storage/types';
import hostileBackup from '../fixtures/hostile/hostile-backup.json';
import { makeRecord, PAGE_URL } from './storage-helpers';

const EXPORTED_AT = Date.UTC(2026, 10, 25, 12, 0, 0);
const hostile = hostileBackup as unknown as { claims: ClaimRecord[]; pages: PageRecord[] };

/** RFC 4180, written for the test: CRLF records, quoted fields with doubled quotes. */
/** RFC 4180 parsing, after the byte-order mark a spreadsheet reads as the file's encoding. */
function parseCsv(withMark: string): string[][] {
  const text = withMark.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        field += ch;
        i += 1;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}: not RFC 4180`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

const other = 'https://example.com/other-post';
const claims: ClaimRecord[] = [
  makeRecord(1, { note: 'Check the count', tags: ['syria', 'casualties'] }),
  makeRecord(2, { pageUrl: other, pageTitle: 'Another post', outlet: 'AP', speaker: null }),
  makeRecord(3, { kind: 'commentary', outlet: null, speaker: null, quoteId: null }),
];
const pages: PageRecord[] = [
  {
    url: PAGE_URL,
    title: 'Fiercest Syrian Fighting Yet',
    publication: 'Zero Hedge',
    aggregated: true,
    breakdown: [],
    quoteCount: 3,
    claimCount: 3,
    analysedAt: 1,
  },
];

describe('CSV export', () => {
  it('writes RFC 4180 that parses back to the same values', () => {
    const rows = parseCsv(toCsv(claims));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const byId = new Map(
      rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]),
    );
    expect(byId.get('c1')).toMatchObject({
      text: claims[0].text,
      note: 'Check the count',
      tags: 'syria; casualties',
      outlet: 'Reuters',
      speaker: 'the Syrian Observatory for Human Rights',
      page_url: PAGE_URL,
      score: '0.5',
      saved_at: new Date(claims[0].savedAt!).toISOString(),
    });
    expect(byId.get('c3')?.outlet).toBe('');
  });

  it('quotes commas, quotes and line breaks, and neutralises formula prefixes', () => {
    const rows = parseCsv(toCsv(hostile.claims));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const cells = rows.slice(1).flat();
    // No cell may start with a character a spreadsheet runs as a formula.
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const hyperlink = rows.find((r) => r[0] === 'hostile-3')!;
    expect(hyperlink[col('text')]).toBe(`'${hostile.claims[2].text}`);
    expect(hyperlink[col('tags')]).toBe("'=cmd|calc; +SUM(1)");
    const tricky = rows.find((r) => r[0] === 'hostile-6')!;
    expect(tricky[col('text')]).toBe(`'${hostile.claims[5].text}`);
    expect(rows.find((r) => r[0] === 'hostile-4')![col('note')]).toBe("'=1+1");
  });

  it('starts with a UTF-8 byte-order mark, once', () => {
    const csv = toCsv(claims);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).includes('\uFEFF')).toBe(false);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('ends every record, the last too, with CRLF', () => {
    const csv = toCsv(claims);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });
});

describe('Markdown export', () => {
  const md = toMarkdown(claims, pages, EXPORTED_AT);

  it('groups claims by page, quoting each with its chain, note and a link back', () => {
    expect(md).toContain('## Fiercest Syrian Fighting Yet');
    expect(md).toContain('## Another post');
    expect(md.indexOf('## Fiercest')).toBeLessThan(md.indexOf('Claim number 3'));
    expect(md).toContain(`> ${escapeMarkdown(claims[0].text)}`);
    expect(md).toContain('— Zero Hedge ← Reuters ← the Syrian Observatory for Human Rights');
    expect(md).toContain('— Zero Hedge ← AP');
    expect(md).toContain('Note: Check the count');
    expect(md).toContain(`[Back to the page](<${PAGE_URL}>)`);
    expect(md).toContain('3 claims from 2 pages');
  });

  it('keeps page text as text: no raw HTML, no javascript: link', () => {
    const out = toMarkdown(hostile.claims, hostile.pages, EXPORTED_AT);
    expect(out).not.toMatch(/(?<!\\)<(img|script|svg|b|i)\b/);
    expect(out).not.toMatch(/\]\(<?javascript:/i);
    expect(out).toContain('\\<img src=x onerror="window.\\_\\_pwned=1"\\>');
  });

  it('escapes line-start markers so a claim cannot become a heading or list', () => {
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a number')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a number',
    );
  });
});

describe('JSON backup export', () => {
  it('is a complete, versioned backup, one compact line per record, that reads back as it was', () => {
    const file = exportLibrary('json', claims, pages, EXPORTED_AT);
    const lines = fileText(file).trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toEqual({
      format: 'sourcelight-backup',
      version: 2,
      exportedAt: '2026-11-25T12:00:00.000Z',
      pages: pages.length,
      claims: 3,
    });
    expect(lines).toHaveLength(1 + pages.length + 3);
    expect(lines.every((line) => !line.includes('\n') && !line.startsWith(' '))).toBe(true);
    const parsed = parseBackup(fileText(file), EXPORTED_AT);
    expect(parsed.ok && parsed.claims.find((c: ClaimRecord) => c.id === 'c1')).toEqual(claims[0]);
    expect(parsed.ok && parsed.pages).toEqual(pages);
    expect(file.filename).toBe('sourcelight-backup-2026-11-25.jsonl');
  });
});

describe('Web Annotation export', () => {
  it('writes an AnnotationCollection with commenting and highlighting annotations', () => {
    const collection = JSON.parse(toAnnotationCollection(claims, EXPORTED_AT));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    const [withNote, withoutNote] = collection.first.items;
    expect(withNote).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'Check the count', purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'syria', purpose: 'tagging' },
        { type: 'TextualBody', value: 'casualties', purpose: 'tagging' },
        { type: 'TextualBody', value: 'Outlet: Reuters', purpose: 'describing' },
        {
          type: 'TextualBody',
          value: 'Speaker: the Syrian Observatory for Human Rights',
          purpose: 'describing',
        },
        {
          type: 'TextualBody',
          value: 'Chain: Zero Hedge ← Reuters ← the Syrian Observatory for Human Rights',
          purpose: 'describing',
        },
      ],
      target: {
        source: PAGE_URL,
        selector: [
          { type: 'TextQuoteSelector', exact: claims[0].text, prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 100, end: 100 + claims[0].text.length },
        ],
      },
    });
    expect(withoutNote.motivation).toBe('highlighting');
    expect(withoutNote.body.every((b: { purpose: string }) => b.purpose === 'describing')).toBe(true);
    expect(withNote.id).toBe('urn:sourcelight:claim:c1');
  });
});

describe('export files', () => {
  it('name and type each format', () => {
    const names = (['markdown', 'csv', 'json', 'annotations'] as const).map((f) =>
      exportLibrary(f, claims, pages, EXPORTED_AT),
    );
    expect(names.map((f) => f.filename)).toEqual([
      'sourcelight-claims-2026-11-25.md',
      'sourcelight-claims-2026-11-25.csv',
      'sourcelight-backup-2026-11-25.jsonl',
      'sourcelight-annotations-2026-11-25.jsonld',
    ]);
    expect(names[1].mime).toBe('text/csv;charset=utf-8');
    expect(names[3].mime).toContain('application/ld+json');
  });
});
