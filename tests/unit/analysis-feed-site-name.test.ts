// A feed reader's entry under the feed's name, spelled by the site the reader links it to
// (utils/analysis/feed-site-name.ts).
import { describe, expect, it } from 'vitest';
import { entrySites, spelledFeedName } from '../../utils/analysis/feed-site-name';

function reader(body: string): Element {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = `<div id="app">${body}</div>`;
  return doc.getElementById('app')!;
}
const TOOLBAR = '<div class="toolbar"><a href="https://harrowlanenotes.example/2026/12/04/post/">↗</a></div>';

describe('spelledFeedName', () => {
  it('takes a label outside the entry’s prose whose letters spell a site linked from outside it', () => {
    const app = reader(
      `${TOOLBAR}<div class="muted"><span>Harrow Lane Notes</span> <time>4 Dec</time></div><div class="body"><p>Text.</p></div>`,
    );
    expect(spelledFeedName(app)).toBe('Harrow Lane Notes');
  });
  it('takes no outlet the entry’s prose names and links, nor a label spelling no linked site', () => {
    const quoting = reader(
      '<div class="body"><p>The <a href="https://harrowbeacon.example/x">Harrow Beacon</a> has it:</p><figure><figcaption><span>Harrow Beacon</span></figcaption></figure></div>',
    );
    expect(spelledFeedName(quoting)).toBeNull();
    expect(spelledFeedName(reader(`${TOOLBAR}<span>Allotment Weather</span>`))).toBeNull();
    expect(spelledFeedName(null)).toBeNull();
  });
});

describe('entrySites', () => {
  it('gives the linked sites by their domain’s name, beside the prose only when asked', () => {
    const app = reader(`${TOOLBAR}<p><a href="https://www.harrowbeacon.co.uk/x">a story</a></p>`);
    expect([...entrySites(app)].sort()).toEqual(['harrowbeacon', 'harrowlanenotes']);
    expect([...entrySites(app, true)]).toEqual(['harrowlanenotes']);
  });
});
