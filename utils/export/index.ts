// One entry point for every export format: the file's name, type and content.
import type { ExportFormat } from '../messaging/protocol';
import type { ClaimRecord, PageRecord } from '../storage/types';
import { toAnnotationCollection } from './annotations';
import { backupLines } from './backup';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';

export interface ExportFile {
  filename: string;
  mime: string;
  /** The file's text in pieces, for a Blob: a large library's backup is more than one string should hold. */
  parts: string[];
}

/** The whole text (for tests and small files). */
export function fileText(file: ExportFile): string {
  return file.parts.join('');
}

const NAMES: Record<ExportFormat, { stem: string; ext: string; mime: string; label: string }> = {
  markdown: { stem: 'sourcelight-claims', ext: 'md', mime: 'text/markdown;charset=utf-8', label: 'Markdown' },
  csv: { stem: 'sourcelight-claims', ext: 'csv', mime: 'text/csv;charset=utf-8', label: 'CSV' },
  json: { stem: 'sourcelight-backup', ext: 'jsonl', mime: 'application/jsonl', label: 'JSON backup' },
  annotations: {
    stem: 'sourcelight-annotations',
    ext: 'jsonld',
    mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    label: 'Web Annotations (JSON-LD)',
  },
};

export const EXPORT_FORMATS = Object.keys(NAMES) as ExportFormat[];

export function exportLabel(format: ExportFormat): string {
  return NAMES[format].label;
}

/** Claims in page order, then by position on the page, so exports read like the pages did. */
function inReadingOrder(claims: ClaimRecord[]): ClaimRecord[] {
  return [...claims].sort(
    (a, b) =>
      (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : 0) ||
      a.selector.position.start - b.selector.position.start ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function exportLibrary(
  format: ExportFormat,
  claims: ClaimRecord[],
  pages: PageRecord[],
  exportedAt: number,
): ExportFile {
  const { stem, ext, mime } = NAMES[format];
  const date = new Date(exportedAt).toISOString().slice(0, 10);
  const ordered = inReadingOrder(claims);
  const parts =
    format === 'markdown'
      ? [toMarkdown(ordered, pages, exportedAt)]
      : format === 'csv'
        ? [toCsv(ordered)]
        : format === 'json'
          ? backupLines(ordered, pages, exportedAt)
          : [toAnnotationCollection(ordered, exportedAt)];
  return { filename: `${stem}-${date}.${ext}`, mime, parts };
}
