// Markdown, grouped by page: each claim as a block quote, its chain of attribution, the note and a link back.
// Page text is escaped so a Markdown viewer shows it as text (no raw HTML, no links it did not have: bare
// URLs, www. names, domains and e-mail addresses are defused for renderers that link them on their own, such
// as marked's GFM and markdown-it's linkify), and invisible direction and zero-width characters are removed.

import type { ClaimRecord, PageRecord } from '../storage/types';
import { visibleText } from '../text/visible';
import { isWebUrl } from '../url';
import { attributionChain, isoDate } from './chain';

/** Escapes what Markdown (or HTML inside Markdown) would otherwise interpret, leaving ordinary prose readable. */
export function escapeMarkdown(text: string): string {
  return (
    visibleText(text)
      .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
      // Autolinking looks for "scheme://", "www.", "name.tld" and "a@b": an escaped ":", "." or "@" breaks
      // each pattern and still renders as the same character.
      .replace(/(?<=[A-Za-z0-9])(:)(?=\/\/)|(?<=[\p{L}\p{N}])([.@])(?=\p{L})/gu, '\\$1$2')
      .replace(/&/g, '&amp;')
      .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** A link target in angle brackets, which may hold anything but < > and line breaks. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (ch) => encodeURIComponent(ch))}>`;
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');
}

export function toMarkdown(claims: ClaimRecord[], pages: PageRecord[], exportedAt: number): string {
  const pageByUrl = new Map(pages.map((p) => [p.url, p]));
  const groups = new Map<string, ClaimRecord[]>();
  for (const claim of claims) {
    const group = groups.get(claim.pageUrl);
    if (group) group.push(claim);
    else groups.set(claim.pageUrl, [claim]);
  }
  const out: string[] = [
    '# Sourcelight: saved claims',
    '',
    `Exported ${isoDate(exportedAt)}: ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} from ${groups.size} ${groups.size === 1 ? 'page' : 'pages'}.`,
  ];
  for (const [url, group] of groups) {
    const page = pageByUrl.get(url);
    const title = page?.title ?? group[0].pageTitle ?? url;
    out.push('', `## ${escapeMarkdown(title)}`, '');
    if (isWebUrl(url)) out.push(`Page: [${escapeMarkdown(url)}](${linkTarget(url)})`);
    else out.push(`Page: ${escapeMarkdown(url)}`);
    const publication = page?.publication ?? group[0].publication;
    if (publication) out.push('', `Publication: ${escapeMarkdown(publication)}`);
    for (const claim of group) {
      out.push('', quoteBlock(claim.text), '');
      const chain = attributionChain(claim);
      out.push(
        `— ${escapeMarkdown(chain || 'unattributed')}${claim.kind === 'commentary' ? ' (commentary)' : ''}`,
      );
      if (claim.note.trim()) out.push('', `Note: ${escapeMarkdown(claim.note).replace(/\r?\n/g, '  \n')}`);
      if (claim.tags.length) out.push('', `Tags: ${claim.tags.map(escapeMarkdown).join(', ')}`);
      const saved = claim.savedAt ? `saved ${isoDate(claim.savedAt).slice(0, 10)}` : 'not saved';
      const orphan = claim.orphanedAt ? '; no longer found on its page' : '';
      if (isWebUrl(url)) out.push('', `[Back to the page](${linkTarget(url)}) (${saved}${orphan})`);
      else out.push('', `(${saved}${orphan})`);
    }
  }
  return `${out.join('\n')}\n`;
}
