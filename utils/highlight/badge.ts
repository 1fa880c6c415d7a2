// What the toolbar icon says about the page in a tab: on a recognised aggregated page, the number of outlets
// it quotes as a badge, and in words as the title; elsewhere nothing but the extension's name.
import type { PageReport } from '../analysis/types';
import { visibleText } from '../text/visible';

export interface ActionBadge {
  /** The badge's text: the number of outlets quoted, or empty for no badge. */
  text: string;
  /** The icon's tooltip. */
  title: string;
}

export const NO_BADGE: ActionBadge = { text: '', title: 'Sourcelight' };

/** Outlets the page quotes, other than the publication itself, in the order first quoted. */
export function quotedOutlets(report: Pick<PageReport, 'quotes' | 'publication'>): string[] {
  const names: string[] = [];
  for (const q of report.quotes)
    if (q.kind === 'outlet' && q.outlet && q.outlet !== report.publication && !names.includes(q.outlet))
      names.push(q.outlet);
  return names;
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length <= 4) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

export function badgeFor(report: Pick<PageReport, 'aggregated' | 'quotes' | 'publication'>): ActionBadge {
  const outlets = quotedOutlets(report);
  if (!report.aggregated || outlets.length === 0) return NO_BADGE;
  const count = outlets.length > 99 ? '99+' : String(outlets.length);
  // Names come from the page: no direction overrides or zero-width characters in the tooltip.
  const whose = report.publication ? `${visibleText(report.publication)} quotes` : 'This page quotes';
  return { text: count, title: `Sourcelight: ${whose} ${listed(outlets.map(visibleText))}` };
}
