import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../utils/storage/area';
import {
  cleanHost,
  highlightsOnFor,
  isPageDisabled,
  isSiteDisabled,
  sanitiseSettings,
} from '../../utils/storage/settings';
import { chooseSiteHighlights, readSettings, writeSettings } from '../../utils/storage/settings-store';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await readSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
  });

  it('store changes and clean what was typed', async () => {
    const area = memoryArea();
    const next = await writeSettings(area, {
      disabledSites: ['https://WWW.Example.com/path', 'news.example.org', 'news.example.org'],
      minScore: 1.7,
      historyEnabled: false,
    });
    expect(next.disabledSites).toEqual(['example.com', 'news.example.org']);
    expect(next.minScore).toBe(1);
    expect(next.historyEnabled).toBe(false);
    expect(await readSettings(area)).toEqual(next);
  });

  it('fall back to defaults for values of the wrong type', () => {
    expect(sanitiseSettings({ historyEnabled: 'yes', minScore: Number.NaN, disabledSites: 'x' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it('keep per-site highlight choices made at once from several tabs', async () => {
    const area = memoryArea();
    await Promise.all([
      chooseSiteHighlights(area, 'a.example', false),
      chooseSiteHighlights(area, 'b.example', true),
      writeSettings(area, { highlightsByDefault: false }),
    ]);
    const settings = await readSettings(area);
    expect(settings.siteHighlights).toEqual({ 'a.example': false, 'b.example': true });
    expect(settings.highlightsByDefault).toBe(false);
    expect(highlightsOnFor(settings, 'www.b.example')).toBe(true);
    expect(highlightsOnFor(settings, 'c.example')).toBe(false);
  });

  it('turn Sourcelight off for a site and its subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
    expect(cleanHost('Example.COM:8080')).toBe('example.com');
  });

  it('tell a page on a site switched off by its URL, and no page when no site is', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isPageDisabled(settings, 'https://www.example.com/post?id=1')).toBe(true);
    expect(isPageDisabled(settings, 'http://news.example.com:8080/a')).toBe(true);
    expect(isPageDisabled(settings, 'https://notexample.com/a')).toBe(false);
    expect(isPageDisabled(settings, 'file:///home/a.html')).toBe(false);
    expect(isPageDisabled({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'https://example.com/a')).toBe(false);
  });
});
