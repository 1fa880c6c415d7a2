// The CLI's markdown format: a page's verdict, its sources, and each quoted passage under its source.
import type { FileResult } from './analyze-file';

const quoteBlock = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

export function toMarkdown(result: FileResult): string {
  if ('error' in result) return `## ${result.file}\n\nError: ${result.error}`;
  const lines: string[] = [];
  lines.push(`## ${result.title ?? result.file}`, '');
  lines.push(`- File: ${result.file}`);
  if (result.url) lines.push(`- URL: ${result.url}`);
  lines.push(`- Publication: ${result.publication ?? 'unknown'}`);
  lines.push(`- Aggregated article: ${result.aggregated ? 'yes' : 'no'}`);
  if (result.breakdown.length)
    lines.push(`- Sources: ${result.breakdown.map((s) => `${s.source} ${Math.round(s.share * 100)}%`).join(' · ')}`);
  for (const warning of result.warnings) lines.push(`- Warning: ${warning}`);
  for (const q of result.quotes) {
    lines.push('', `### ${q.id}: ${q.outlet ?? 'unknown source'} (${q.kind})`, '');
    if (q.leadIn) lines.push(`Lead-in: ${q.leadIn}`, '');
    lines.push(quoteBlock(q.text.length > 1200 ? `${q.text.slice(0, 1200)}…` : q.text));
    if (q.continuation) lines.push('', `Continues outside the block: ${q.continuation}`);
    if (q.href) lines.push('', `Source link: ${q.href}`);
  }
  return lines.join('\n');
}
