// Numbers and dates as the popup shows them.

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One formatter for every date: toLocaleDateString with options builds a new one per call, which cost
 * the popup's first paint 20 ms for a page of rows. */
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function shortDate(ms: number | null | undefined): string {
  if (ms == null) return '';
  return SHORT_DATE.format(ms);
}

/** The start of a local day (for the "saved from" filter) from an <input type="date"> value. */
export function dayStart(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** The end of a local day (for the "saved to" filter). */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  return start === undefined ? undefined : start + 24 * 60 * 60 * 1000 - 1;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
