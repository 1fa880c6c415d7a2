import { describe, expect, it } from 'vitest';
import { capturedUrl, hostOf, isWebUrl, normaliseUrl, samePage, siteHostOf } from '../../utils/url';

describe('normaliseUrl', () => {
  it('lower-cases the host but not the path', () => {
    expect(normaliseUrl('https://WWW.ZeroHedge.COM/Geo/Post')).toBe('https://www.zerohedge.com/Geo/Post');
  });

  it('drops default ports and keeps others', () => {
    expect(normaliseUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normaliseUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normaliseUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops the fragment and tracking parameters, and sorts the rest', () => {
    expect(
      normaliseUrl('https://example.com/p?utm_source=tw&z=2&fbclid=abc&a=1&UTM_Medium=x&gclid=9#comments'),
    ).toBe('https://example.com/p?a=1&z=2');
  });

  it('keeps the encoding of the parameters it keeps', () => {
    expect(normaliseUrl('https://example.com/s?q=a%20b&page=2')).toBe('https://example.com/s?page=2&q=a%20b');
  });

  it('drops an empty query', () => {
    expect(normaliseUrl('https://example.com/p?utm_campaign=x')).toBe('https://example.com/p');
    expect(normaliseUrl('https://example.com/p?')).toBe('https://example.com/p');
  });

  it('gives the same answer however the reader arrived', () => {
    const a = normaliseUrl('https://Example.com:443/post?id=7&utm_source=rss#top');
    const b = normaliseUrl('https://example.com/post?id=7');
    expect(a).toBe(b);
  });

  it('is idempotent', () => {
    const once = normaliseUrl('HTTPS://Example.com/x?b=2&a=1&utm_x=1#f');
    expect(normaliseUrl(once)).toBe(once);
  });

  it('returns what is not a URL trimmed and otherwise as it was', () => {
    expect(normaliseUrl('  not a url ')).toBe('not a url');
  });
});

describe('isWebUrl and hostOf', () => {
  it('accept only http(s)', () => {
    expect(isWebUrl('https://a.example/')).toBe(true);
    expect(isWebUrl('http://a.example/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
    expect(hostOf('https://News.Example.com/x')).toBe('news.example.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
  });
});

describe('samePage', () => {
  it('allows for what redirects change, and nothing else', () => {
    expect(samePage('http://example.com/a/', 'https://www.example.com/a?utm_source=x')).toBe(true);
    expect(samePage('https://example.com/a?id=1', 'https://example.com/a/?id=1')).toBe(true);
    expect(samePage('https://example.com/a', 'https://example.com/b')).toBe(false);
    expect(samePage('https://example.com/a?id=1', 'https://example.com/a?id=2')).toBe(false);
    expect(samePage('https://consent.example.com/?continue=a', 'https://example.com/a')).toBe(false);
  });
});

describe('capturedUrl and siteHostOf', () => {
  it('reads the address a web archive capture shows', () => {
    expect(capturedUrl('https://web.archive.org/web/20261204031522/https://example.com/a/b?c=1')).toBe(
      'https://example.com/a/b?c=1',
    );
    expect(capturedUrl('https://web.archive.org/web/20261204031522cs_/https://example.com/s.css')).toBe(
      'https://example.com/s.css',
    );
    expect(capturedUrl('https://web.archive.org/web/2026*/example.com/a')).toBe('https://example.com/a');
    expect(capturedUrl('https://archive.ph/20261201000000/https://example.org/x')).toBe(
      'https://example.org/x',
    );
    expect(capturedUrl('https://archive.today/newest/http://example.org/x')).toBe('http://example.org/x');
    // A capture's outbound link, as archive.today rewrites it.
    expect(capturedUrl('https://archive.ph/o/Ab3dE/https://www.example.org/news/x')).toBe(
      'https://www.example.org/news/x',
    );
    expect(siteHostOf('https://archive.is/o/Ab3dE/https://www.example.org/news/x')).toBe('example.org');
    // archive.today rewrites the links inside a capture through "/o/<capture id>/".
    expect(capturedUrl('https://archive.ph/o/Xy7Qp/https://example.org/')).toBe('https://example.org/');
  });

  it('leaves other addresses alone', () => {
    expect(capturedUrl('https://web.archive.org/web/')).toBeNull();
    expect(capturedUrl('https://web.archive.org/details/some-item')).toBeNull();
    expect(capturedUrl('https://archive.ph/AbCdE')).toBeNull();
    expect(capturedUrl('https://archive.ph/o/AbCdE')).toBeNull();
    expect(capturedUrl('https://example.com/web/20261204031522/https://other.com/')).toBeNull();
    expect(capturedUrl('https://web.archive.org/web/20261204031522/javascript:alert(1)')).toBeNull();
    expect(capturedUrl(null)).toBeNull();
  });

  it('names a capture by the site it shows', () => {
    expect(siteHostOf('https://web.archive.org/web/20261204031522/https://www.example.com/post')).toBe(
      'example.com',
    );
    expect(siteHostOf('https://web.archive.org/details/some-item')).toBe('web.archive.org');
  });
});
