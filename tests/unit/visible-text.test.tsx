// Invisible characters from pages: a right-to-left override (U+202E) and zero-width characters never reach a
// passage's badge, a popup row, the CSV or the Markdown; joiners that writing needs (Persian, emoji) stay.
// Markdown defuses bare URLs, www. names, domains and e-mail addresses in claim text, checked with two real
// renderers that link them on their own (marked with GFM, markdown-it with linkify).
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LibraryView } from '../../components/library/LibraryView';
import { exportLibrary, fileText } from '../../utils/export';
import { escapeMarkdown } from '../../utils/export/markdown';
import { badgeFor } from '../../utils/highlight/badge';
import { badgeLabel, chainOf, summaryOf } from '../../utils/highlight/labels';
import { visibleText } from '../../utils/text/visible';
import { renderTarget, settle } from './popup-helpers';
import { makeRecord } from './storage-helpers';

const RLO = '\u202E';
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;
const target = renderTarget();

// "Reuters" spelled with an override that shows "exe.txt" as "txt.exe", and zero-width characters.
const hostile = makeRecord(1, {
  text: `The file ${RLO}txt.exe was\u200B sent\uFEFF by the\u2066 ministry\u2069, officials said.`,
  outlet: `Reu\u200Bters${RLO}`,
  publication: `Zero\u2060 Hedge`,
  note: `check ${RLO}this`,
  tags: [`sy\u200Bria`],
  pageTitle: `Title ${RLO}evil`,
});

describe('invisible characters', () => {
  it('are removed, and joiners that writing needs are kept', () => {
    expect(visibleText(`a${RLO}b\u202Ac\u2066d\u2069e\u200Bf\uFEFFg\u2060h`)).toBe('abcdefgh');
    expect(visibleText('plain text')).toBe('plain text');
    // Persian "mi-khaham" with a zero-width non-joiner, and a family emoji joined by ZWJ.
    expect(visibleText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(visibleText('👩\u200D👩\u200D👧')).toBe('👩\u200D👩\u200D👧');
    // Between Latin letters, or at the ends, a joiner only hides.
    expect(visibleText('pay\u200Dpal\u200C')).toBe('paypal');
  });

  it('never reach a badge, the bar or a card’s chain', () => {
    const badge = badgeLabel({ kind: 'outlet', outlet: `Reu\u200Bters${RLO}`, account: null }, null);
    expect(badge).toBe('Reuters · outlet');
    const own = badgeLabel({ kind: 'self', outlet: null, account: null }, `My${RLO}Blog`);
    expect(own).not.toMatch(INVISIBLE);
    const bar = summaryOf({
      publication: `Blog${RLO}`,
      breakdown: [
        { source: `Reu${RLO}ters`, kind: 'outlet', chars: 5, share: 0.5 },
        { source: 'Blog', kind: 'commentary', chars: 5, share: 0.5 },
      ],
    });
    expect(bar.map((e) => e.label).join(' ')).not.toMatch(INVISIBLE);
    expect(
      chainOf(hostile)
        .map((l) => l.name)
        .join(' '),
    ).not.toMatch(INVISIBLE);
  });

  it('never reach the toolbar icon’s tooltip', () => {
    const quote = { kind: 'outlet', outlet: `Reu${RLO}ters`, account: null } as const;
    const { title } = badgeFor({
      aggregated: true,
      publication: `Zero\u200B Hedge${RLO}`,
      quotes: [quote as never],
    });
    expect(title).toBe('Sourcelight: Zero Hedge quotes Reuters');
  });

  it('never reach a popup row', async () => {
    render(
      <LibraryView
        records={[hostile]}
        complete={true}
        total={1}
        onUpdate={async () => null}
        onDelete={() => {}}
        onShowInPage={() => {}}
        onExport={() => {}}
      />,
      target.el,
    );
    await settle();
    const row = target.el.querySelector('[role="option"]') as HTMLElement;
    expect(row.textContent).toContain('The file txt.exe was sent by the ministry');
    expect(target.el.textContent).not.toMatch(INVISIBLE);
  });

  it('never reach the CSV, the Markdown or the annotations’ bodies', () => {
    for (const format of ['csv', 'markdown', 'annotations'] as const) {
      const text = fileText(exportLibrary(format, [hostile], [], 0));
      // The CSV's own leading byte-order mark is the file's encoding, not text from a page.
      const shown =
        format === 'annotations'
          ? JSON.stringify(JSON.parse(text).first.items[0].body)
          : text.replace(/^\uFEFF/, '');
      expect(shown, format).not.toMatch(INVISIBLE);
    }
    expect(fileText(exportLibrary('csv', [hostile], [], 0))).toContain(
      'The file txt.exe was sent by the ministry',
    );
  });
});

describe('Markdown and bare URLs', () => {
  const gfm = (md: string) => marked.parse(md, { async: false, gfm: true }) as string;
  const linkify = new MarkdownIt({ linkify: true });

  it('defuses what renderers would link on their own, showing the same characters', () => {
    const text =
      'Details at http://evil.example/pay?x=1 and https://evil.com, www.evil.com, evil.com or mail boss@evil.com.';
    expect(gfm(text)).toContain('<a '); // the renderers do link it unescaped
    const escaped = escapeMarkdown(text);
    for (const html of [gfm(escaped), linkify.render(escaped)]) {
      expect(html).not.toContain('<a ');
      expect(html.replace(/<\/?p>/g, '').trim()).toBe(text.replace(/&/g, '&amp;'));
    }
  });

  it('keeps numbers and ordinary prose readable', () => {
    expect(escapeMarkdown('Prices rose 3.5% on Monday: 12:30 GMT.')).toBe(
      'Prices rose 3.5% on Monday: 12:30 GMT.',
    );
  });

  it('links nothing in a whole export but the pages themselves', () => {
    const record = makeRecord(2, {
      text: 'See http://evil.example/a and www.evil.com',
      note: 'mail x@evil.com',
    });
    const md = fileText(exportLibrary('markdown', [record], [], 0));
    for (const html of [gfm(md), linkify.render(md)]) {
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((h) => h === record.pageUrl)).toBe(true);
    }
  });
});
