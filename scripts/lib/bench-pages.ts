// Generated pages for benchmarks and robustness tests: the seed scaled to a size, and hostile inputs.

/** The seed page with its article body repeated until the page reaches `bytes`. */
export function scaledSeedPage(seed: string, bytes: number): string {
  const open = seed.indexOf('<div class="content">');
  const close = seed.indexOf('</div>', seed.lastIndexOf('</blockquote>'));
  const body = seed.slice(seed.indexOf('>', open) + 1, close);
  const parts: string[] = [];
  let size = seed.length;
  for (let i = 0; size < bytes; i++) {
    const chunk = `<section data-part="${i}">${body}</section>`;
    parts.push(chunk);
    size += chunk.length;
  }
  return seed.slice(0, close) + parts.join('\n') + seed.slice(close);
}

/**
 * A page of `bytes` shaped like a real news page: the seed article, then what weighs most on such pages — an
 * inline JSON state blob, inline SVG icons, a comment thread whose comments quote each other, related-story
 * cards and a footer.
 */
export function furnishedSeedPage(seed: string, bytes: number): string {
  const close = seed.lastIndexOf('</main>');
  const parts: string[] = [];
  let size = seed.length;
  const add = (chunk: string) => {
    parts.push(chunk);
    size += chunk.length;
  };
  const state = JSON.stringify(
    Array.from({ length: 400 }, (_, i) => ({ id: i, title: `Story ${i}`, body: 'lorem ipsum '.repeat(40) })),
  );
  add(`<script type="application/json" id="__STATE__">${state}</script>`);
  add(`<svg style="display:none">${'<symbol id="i"><path d="M0 0L10 10Z"/></symbol>'.repeat(300)}</svg>`);
  add('<section id="comments" class="comments"><h2>Comments</h2>');
  for (let i = 0; size < bytes * 0.7; i++)
    add(
      `<div class="comment"><p class="author">reader${i}</p><blockquote><p>Comment ${i - 1} said the Russians are winning.</p></blockquote><p>I disagree with that, reader${i - 1}, and here is why: the strikes were reported by Reuters and the BBC days ago.</p></div>`,
    );
  add('</section><aside class="related"><h2>Related</h2><ul>');
  for (let i = 0; size < bytes; i++)
    add(
      `<li class="card"><a href="/story/${i}"><img alt="" src="/img/${i}.jpg"><span>Related story number ${i}</span></a></li>`,
    );
  add('</ul></aside>');
  return seed.slice(0, close) + parts.join('\n') + seed.slice(close);
}

export interface NamedPage {
  name: string;
  html: string;
}

export function hostilePages(): NamedPage[] {
  const many = Array.from(
    { length: 10_000 },
    (_, i) =>
      `<p>And more from BBC:</p><blockquote><p>Quoted line number ${i} about markets.</p></blockquote>`,
  ).join('');
  const deep = `${'<div><blockquote>'.repeat(2_500)}deep text, the monitor said.${'</blockquote></div>'.repeat(2_500)}`;
  return [
    { name: 'empty document', html: '' },
    { name: '10,000 blockquotes', html: `<html><body><article>${many}</article></body></html>` },
    {
      name: 'nesting 5,000 deep',
      html: `<html><body><article><p>Here's Reuters:</p>${deep}</article></body></html>`,
    },
    {
      name: '10 MB text node',
      html: `<html><body><article><p>Here's Reuters with the latest:</p><blockquote><p>${'Russian jets struck the town, a monitor said. '.repeat(230_000)}</p></blockquote></article></body></html>`,
    },
    {
      name: 'broken markup',
      html: '<html><body><article><p>Case in point, here’s <a href="https://www.reuters.com/x">Reuters<blockquote><p>Unclosed <b><i>quote</b></i> text<blockquote>nested<p></div></span></article><table><tr><td><blockquote>cell',
    },
  ];
}
