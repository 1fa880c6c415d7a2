// The CLI's markdown format: a page's verdict and sources, then each source with its quoted passage and the
// claims taken from it (the blogger's own claims last, as commentary).
import type { Claim } from '../utils/claims/types';
import type { FileResult } from './analyze-file';

const quoteBlock = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

function chain(claim: Claim): string {
  const links = [
    claim.publication ?? 'the page',
    claim.outlet,
    claim.speaker?.name ?? (claim.speaker ? 'unnamed source' : null),
  ];
  return links.filter(Boolean).join(' ← ');
}

function claimLine(claim: Claim): string {
  return `- ${claim.text} — *${chain(claim)}* (check-worthiness ${claim.score.toFixed(2)})`;
}

function sourceLabel(source: string, kind: string): string {
  if (kind === 'commentary') return `${source}'s own words`;
  if (kind === 'self') return `${source} quoting itself`;
  return source;
}

export function toMarkdown(result: FileResult): string {
  if ('error' in result) return `## ${result.file}\n\nError: ${result.error}`;
  const lines: string[] = [];
  lines.push(`## ${result.title ?? result.file}`, '');
  lines.push(`- File: ${result.file}`);
  if (result.url) lines.push(`- URL: ${result.url}`);
  lines.push(`- Publication: ${result.publication ?? 'unknown'}`);
  lines.push(`- Aggregated article: ${result.aggregated ? 'yes' : 'no'}`);
  if (result.breakdown.length)
    lines.push(
      `- Sources: ${result.breakdown.map((s) => `${sourceLabel(s.source, s.kind)} ${Math.round(s.share * 100)}%`).join(' · ')}`,
    );
  for (const warning of result.warnings) lines.push(`- Warning: ${warning}`);
  const claims = result.claims ?? [];
  // A page of several posts: its passages under each post's title, in page order.
  const posts = result.posts ?? [];
  const several = posts.length > 1;
  const postTitle = new Map<string, string>();
  if (several)
    for (const post of posts)
      if (post.quoteIds[0])
        postTitle.set(post.quoteIds[0], `Post ${post.index + 1}: ${post.title ?? 'untitled'}`);
  if (several) lines.push(`- Posts: ${posts.length}`);
  for (const q of result.quotes) {
    const heading = postTitle.get(q.id);
    if (heading) lines.push('', `### ${heading}`);
    lines.push('', `${several ? '####' : '###'} ${q.id}: ${q.outlet ?? 'unknown source'} (${q.kind})`, '');
    if (q.leadIn) lines.push(`Lead-in: ${q.leadIn}`, '');
    lines.push(quoteBlock(q.text.length > 1200 ? `${q.text.slice(0, 1200)}…` : q.text));
    if (q.continuation) lines.push('', `Continues outside the block: ${q.continuation}`);
    if (q.href) lines.push('', `Source link: ${q.href}`);
    const own = claims.filter((c) => c.quoteId === q.id);
    if (own.length) lines.push('', `${several ? '#####' : '####'} Claims`, '', ...own.map(claimLine));
  }
  const commentary = claims.filter((c) => c.kind === 'commentary');
  if (commentary.length)
    lines.push(
      '',
      `### ${result.publication ?? 'The author'}'s own words (commentary)`,
      '',
      ...commentary.map(claimLine),
    );
  return lines.join('\n');
}
