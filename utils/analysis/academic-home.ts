// An academic's home page (al-folio, Academic Pages, Hugo's Academic themes) is titled with its owner's name,
// and its menu lists the owner's publications beside their teaching, CV or research: the site is a person's,
// whose blog posts name no publication.
import { squash } from './dom';
import { looksLikePersonName } from './name-source';

/** Menu words of an academic's site: its publications, and at least one of the others. */
const PUBLICATIONS = /^(?:publications|papers)$/i;
const ACADEMIC = /^(?:teaching|cv|résumé|resume|research|talks|students|courses)$/i;

/** Whether `name` (a publication read off the page) is the owner of an academic's home page: a person's name,
 * on a page whose navigation links to the owner's publications and to their teaching, CV or research. At most
 * 40 menu links are read. */
export function academicOwner(doc: Document, name: string | null): boolean {
  if (!name || !looksLikePersonName(name)) return false;
  const links = doc.querySelectorAll('nav a, header a, [class*="nav"] a, [class*="menu"] a');
  let publications = false;
  let academic = false;
  for (let i = 0; i < links.length && i < 40; i++) {
    const words = squash(links[i].textContent ?? '');
    publications ||= PUBLICATIONS.test(words);
    academic ||= ACADEMIC.test(words);
  }
  return publications && academic;
}
