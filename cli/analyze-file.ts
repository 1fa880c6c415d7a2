// One file through the core: parse, analyse, extract claims; a plain JSON object comes back.
import { analyzePage } from '../utils/analysis/analyze';
import type { PageReport } from '../utils/analysis/types';
import { extractClaims, withoutSpan } from '../utils/claims/extract';
import type { Claim } from '../utils/claims/types';
import { defaultOutlets } from '../utils/outlets/default-lookup';
import { parseHtml } from './parse';

export type FileReport = { file: string } & PageReport & { claims?: Claim[] };
export type FileResult = FileReport | { file: string; error: string };

export async function analyzeFile(
  file: string,
  html: string,
  options: { url: string | null; claims: boolean },
): Promise<FileResult> {
  const page = parseHtml(html, options.url);
  try {
    const analysis = analyzePage(page.document, { url: options.url, outlets: defaultOutlets });
    const result: FileReport = { file, ...analysis.report };
    if (options.claims) result.claims = extractClaims(analysis).map(withoutSpan);
    return result;
  } finally {
    await page.close();
  }
}
