// One file through the core: parse, analyse, extract claims; a plain JSON object comes back.
import { analyzePage } from '../utils/analysis/analyze';
import type { PageReport } from '../utils/analysis/types';
import { parseHtml } from './parse';

export type FileResult = ({ file: string } & PageReport) | { file: string; error: string };

export async function analyzeFile(
  file: string,
  html: string,
  options: { url: string | null; claims: boolean },
): Promise<FileResult> {
  const page = parseHtml(html, options.url);
  try {
    const analysis = analyzePage(page.document, { url: options.url });
    return { file, ...analysis.report };
  } finally {
    await page.close();
  }
}
