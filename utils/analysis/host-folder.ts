// A blog kept in a folder of a shared host ("lily.fi/blogit/ounasvaaran-alla/…", "listed.to/@FallsParkNotebook/…"):
// the host names itself where a blog's own site would name the blog, and the blog's name is the words of the
// link to its folder.
import { siteHostOf } from '../url';
import { squash } from './dom';

/** Letters and digits, lower case: "Falls Park Notebook" and "@FallsParkNotebook" spell alike. */
const spelling = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A link's class saying it shows a blog's or a writer's name ("lily-blog-name", "author-name"), not a section's. */
const OWNER_CLASS = /blog|author|owner|profile|user|writer/i;
/** Links read, in page order. */
const MAX_LINKS = 300;
/** The longest name read, in characters. */
const MAX_NAME = 60;

/**
 * The name of the blog whose folder holds the page: the words of a link, outside the article, to a folder of
 * the page's own address on its own host, words that spell the folder's name, the folder a handle
 * ("/@FallsParkNotebook") or the link classed as a blog's or a writer's name. A section's link ("/politics/"
 * over "/politics/story") is neither. Null when no link names a folder so.
 */
export function hostFolderName(doc: Document, article: Element | null, url: string | null): string | null {
  let page: URL;
  try {
    page = new URL(url ?? '');
  } catch {
    return null;
  }
  const host = siteHostOf(page.href);
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i];
    if (article?.contains(link)) continue;
    let target: URL;
    try {
      target = new URL(link.getAttribute('href') ?? '', page);
    } catch {
      continue;
    }
    const folder = target.pathname.replace(/\/$/, '');
    const name = folder.slice(folder.lastIndexOf('/') + 1);
    if (!name || target.search || siteHostOf(target.href) !== host) continue;
    if (!page.pathname.startsWith(`${folder}/`) || page.pathname.length <= folder.length + 1) continue;
    if (!name.startsWith('@') && !OWNER_CLASS.test(link.getAttribute('class') ?? '')) continue;
    const words = squash(link.textContent ?? '');
    if (words.length <= MAX_NAME && spelling(words).length >= 3 && spelling(words) === spelling(name))
      return words;
  }
  return null;
}
