// axe-core in a page of the real browser: its source evaluated through the DevTools protocol (an extension
// page's content security policy refuses inline scripts, and evaluation is not subject to it), then run on
// the document. The tests fail on serious and critical violations; the lesser ones are reported in the
// failure message only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The CSS selectors of the offending elements, with their markup cut short. */
  nodes: string[];
}

let source: Promise<string> | null = null;
function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Every violation axe finds in the page (WCAG 2.x A and AA rules and axe's best practices), or only within
 * the elements `within` selects (an open shadow host included).
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in globalThis);
  if (!present) await page.evaluate(await axeSource());
  return page.evaluate(async (selector) => {
    interface Result {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: string[]; html: string }>;
      }>;
    }
    const { axe } = globalThis as unknown as {
      axe: { run(context: unknown, options: object): Promise<Result> };
    };
    const context = selector ? { include: [[selector]] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    }));
  }, within ?? null);
}

/** The serious and critical ones, the ones a test fails on. */
export function seriousOnly(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Violations as lines a failing test prints. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}
