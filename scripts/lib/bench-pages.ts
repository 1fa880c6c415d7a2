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

/** Runs over which an expression that reads a run again from each of its characters (a capitalised name, a
 * possessive, a look back over quotation marks) takes quadratic time: seconds at 16,000 characters. */
const ADVERSARIAL_RUNS: ReadonlyArray<[string, string]> = [
  ['capitals', 'A'],
  ['initials', 'A. '],
  ['possessives', "Word's "],
  ['curly quotation marks', '“'],
];

/** A page holding `run` in lead-ins (one naming no outlet the table knows), in passages, in prose, in a title
 * and in a link. */
function adversarialPage(run: string): string {
  return `<html><head><title>${run}</title></head><body><article><h2>${run}</h2>
<p>Here's Reuters with the latest: ${run}</p><blockquote><p>${run}</p></blockquote>
<p>${run} said the BBC:</p><blockquote><p>“${run}”, Rami Abdulrahman said.</p></blockquote>
<p>As ${run} told Reuters, “${run}”</p><p><a href="https://example.com/story">${run}</a></p>
<ul><li>${run}</li></ul><p>${run} (${run})</p><p>${run}:</p><blockquote><p>The harbour reopened on Monday.</p></blockquote>
<footer>${run} © 2024</footer></article></body></html>`;
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
    ...ADVERSARIAL_RUNS.map(([what, unit]) => ({
      name: `16,000 characters of ${what}`,
      html: adversarialPage(unit.repeat(Math.ceil(16_000 / unit.length)).slice(0, 16_000)),
    })),
    {
      name: 'broken markup',
      html: '<html><body><article><p>Case in point, here’s <a href="https://www.reuters.com/x">Reuters<blockquote><p>Unclosed <b><i>quote</b></i> text<blockquote>nested<p></div></span></article><table><tr><td><blockquote>cell',
    },
  ];
}
