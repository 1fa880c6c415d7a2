// The command-line tool: JSON and markdown output, several files, and clear errors for bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/sourcelight';

const SEED = 'tests/fixtures/seed/seed-original.html';
let out: string;
let err: string;

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    err += `${args.join(' ')}\n`;
  });
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out += `${args.join(' ')}\n`;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('sourcelight analyze', () => {
  it('prints one JSON object for one file, with the documented fields', async () => {
    expect(await main(['analyze', SEED, '--url', 'https://www.zerohedge.com/x'])).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      url: 'https://www.zerohedge.com/x',
      publication: 'Zero Hedge',
      aggregated: true,
    });
    expect(Object.keys(report.quotes[0])).toEqual(
      expect.arrayContaining(['id', 'kind', 'outlet', 'leadIn', 'text', 'href']),
    );
    expect(report.quotes.map((q: { outlet: string }) => q.outlet)).toEqual([
      'Zero Hedge',
      'Reuters',
      'BBC',
      'Reuters',
    ]);
    expect(Object.keys(report.claims[0])).toEqual(
      expect.arrayContaining([
        'id',
        'text',
        'kind',
        'quoteId',
        'outlet',
        'speaker',
        'score',
        'reasons',
        'selector',
      ]),
    );
  });

  it('prints an array for several files, and keeps going past a bad one with exit status 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const text = join(dir, 'notes.html');
    writeFileSync(text, 'just some words, no markup at all');
    const code = await main(['analyze', join(dir, 'missing.html'), binary, text, SEED, '--no-claims']);
    expect(code).toBe(1);
    const results = JSON.parse(out);
    expect(results).toHaveLength(4);
    expect(results[0].error).toMatch(/no such file/);
    expect(results[1].error).toMatch(/not HTML \(it holds binary data\)/);
    expect(results[2].error).toMatch(/not HTML/);
    expect(results[3]).toMatchObject({ aggregated: true, publication: 'Zero Hedge' });
    expect(results[3].claims).toBeUndefined();
    expect(err).toMatch(/missing\.html: no such file/);
  });

  it('lists sources and claims in markdown', async () => {
    expect(await main(['analyze', SEED, '--format=markdown'])).toBe(0);
    expect(out).toContain('### q2: Reuters (outlet)');
    expect(out).toContain('Lead-in: And more from BBC:');
    expect(out).toMatch(/Zero Hedge ← Reuters ← Syrian Observatory for Human Rights/);
    expect(out).toContain("Zero Hedge's own words (commentary)");
  });

  it('groups a page of several posts by post, in JSON and in markdown', async () => {
    const FRONT = 'tests/fixtures/patterns/multi-post-front-page.html';
    expect(await main(['analyze', FRONT, '--no-claims'])).toBe(0);
    const report = JSON.parse(out);
    expect(report.posts.length).toBe(3);
    for (const post of report.posts)
      for (const id of post.quoteIds)
        expect(report.quotes.find((q: { id: string }) => q.id === id).post).toBe(post.index);
    out = '';
    expect(await main(['analyze', FRONT, '--no-claims', '--format=markdown'])).toBe(0);
    expect(out).toContain('- Posts: 3');
    const headings = out.split('\n').filter((l) => /^### Post \d+: /.test(l));
    expect(headings.length).toBe(
      report.posts.filter((p: { quoteIds: string[] }) => p.quoteIds.length).length,
    );
    expect(out).toMatch(/### Post \d+: [^\n]+\n\n#### q1: /);
  });

  it('rejects bad usage with status 2 and says why', async () => {
    expect(await main(['analyze'])).toBe(2);
    expect(await main(['analyze', SEED, '--format', 'xml'])).toBe(2);
    expect(await main(['analyse', SEED])).toBe(2);
    expect(await main(['analyze', SEED, '--url', 'ftp://x'])).toBe(2);
    expect(err).toMatch(/no file to analyse/);
    expect(err).toMatch(/--format is json or markdown/);
    expect(await main(['--help'])).toBe(0);
    expect(out).toMatch(/Usage: sourcelight analyze/);
  });
});
