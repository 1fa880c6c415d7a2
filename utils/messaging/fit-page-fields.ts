// Page-made text is trimmed to the library's limits (with an ellipsis) instead of refused: a site name or
// title of 5,000 characters is the page's doing, and must not cost the reader the page's analysis or a save.
// Only strings over their limit change. A claim/save message is trimmed before its shape is checked
// (validate.ts); an analysed page's report and claims before the router records them.
import { isObject, LIMITS } from '../storage/validate';

type Obj = Record<string, unknown>;

/** `text` cut to at most `max` characters, the last being "…"; never splits a surrogate pair. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function fitField(obj: Obj, key: string, max: number): Obj {
  const value = obj[key];
  return typeof value === 'string' && value.length > max ? { ...obj, [key]: fitText(value, max) } : obj;
}

function fitFields(obj: Obj, fields: Array<[string, number]>): Obj {
  return fields.reduce((out, [key, max]) => fitField(out, key, max), obj);
}

function fitList(value: unknown, fit: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(fit) : value;
}

const NAME = LIMITS.name;
const TITLE = LIMITS.name * 4;

/**
 * A page report's title, publication, posts' titles, breakdown sources and warnings, within their limits.
 * The shape is the one given: only strings get shorter.
 */
export function fitPageReport<T>(report: T): T {
  if (!isObject(report)) return report;
  const out = fitFields(report, [
    ['title', TITLE],
    ['publication', NAME],
  ]);
  return {
    ...out,
    posts:
      out.posts === undefined
        ? undefined
        : fitList(out.posts, (post) => (isObject(post) ? fitField(post, 'title', TITLE) : post)),
    breakdown: fitList(out.breakdown, (s) => (isObject(s) ? fitField(s, 'source', NAME) : s)),
    warnings: fitList(out.warnings, (w) => (typeof w === 'string' ? fitText(w, LIMITS.text) : w)),
  } as T;
}

/** A claim's text, names, reasons and selector texts, within their limits; the same shape. */
export function fitClaim<T>(claim: T): T {
  if (!isObject(claim)) return claim;
  const out = fitFields(claim, [
    ['text', LIMITS.text],
    ['publication', NAME],
    ['outlet', NAME],
  ]);
  const speaker = isObject(out.speaker)
    ? fitFields(out.speaker, [
        ['name', NAME],
        ['mention', NAME],
      ])
    : out.speaker;
  const reasons = fitList(out.reasons, (r) => (typeof r === 'string' ? fitText(r, NAME) : r));
  const selector =
    isObject(out.selector) && isObject(out.selector.quote)
      ? {
          ...out.selector,
          quote: fitFields(out.selector.quote, [
            ['exact', LIMITS.text],
            ['prefix', LIMITS.text],
            ['suffix', LIMITS.text],
          ]),
        }
      : out.selector;
  return { ...out, speaker, reasons, selector } as T;
}

/** The payload of a message carrying page-made text, with that text within limits; others as they are. */
export function fitPagePayload(type: string, payload: Obj): Obj {
  if (type === 'claim/save')
    return fitField({ ...payload, claim: fitClaim(payload.claim) }, 'pageTitle', TITLE);
  return payload;
}
