// An academic's home page names its owner, no publication (utils/analysis/academic-home.ts).
import { describe, expect, it } from 'vitest';
import { academicOwner } from '../../utils/analysis/academic-home';

function pageWithMenu(items: string[]): Document {
  const doc = document.implementation.createHTMLDocument('');
  const links = items.map((item) => `<a class="nav-link" href="/${item}/">${item}</a>`).join('');
  doc.body.innerHTML = `<header><nav>${links}</nav></header><article><p>A post.</p></article>`;
  return doc;
}

describe('academicOwner', () => {
  it('reads a person’s name on a site whose menu lists publications and teaching, a CV or research', () => {
    expect(academicOwner(pageWithMenu(['about', 'blog', 'publications', 'teaching']), 'Tomas Okafor')).toBe(
      true,
    );
    expect(academicOwner(pageWithMenu(['about', 'publications', 'cv']), 'Ines Varga')).toBe(true);
  });
  it('reads no title, and no site without both kinds of menu words', () => {
    expect(academicOwner(pageWithMenu(['about', 'publications', 'teaching']), 'Margins & Means')).toBe(false);
    expect(academicOwner(pageWithMenu(['about', 'blog', 'teaching']), 'Tomas Okafor')).toBe(false);
    expect(academicOwner(pageWithMenu(['about', 'publications', 'archive']), 'Tomas Okafor')).toBe(false);
    expect(academicOwner(pageWithMenu(['publications', 'teaching']), null)).toBe(false);
  });
});
