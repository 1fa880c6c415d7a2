// Checks every message the background receives before anything acts on it. A bad message gets one line
// naming the field, never a thrown error.

import {
  checkClaim,
  checkClaimRecord,
  checkList,
  checkPageRecord,
  describeValue,
  isObject,
  LIMITS,
  Problems,
} from '../storage/validate';
import { fitPagePayload } from './fit-page-fields';
import { type BackgroundEnvelope, type BackgroundType, IMPORT_BATCH_RECORDS } from './protocol';

type Checker = (p: Problems, payload: Record<string, unknown>) => unknown;

function need(p: Problems, ok: boolean, path: string, expected: string, value: unknown): void {
  if (!ok) p.add(path, `expected ${expected}, got ${describeValue(value)}`);
}

function stringField(p: Problems, obj: Record<string, unknown>, key: string, max: number, optional = false) {
  const value = obj[key];
  if (optional && value === undefined) return;
  need(
    p,
    typeof value === 'string' && value.length <= max,
    `payload.${key}`,
    `a string of at most ${max} characters`,
    value,
  );
}

function idField(p: Problems, obj: Record<string, unknown>) {
  stringField(p, obj, 'id', LIMITS.id);
  if (obj.id === '') p.add('payload.id', 'must not be empty');
}

function tagsField(p: Problems, obj: Record<string, unknown>) {
  const tags = obj.tags;
  if (tags === undefined) return;
  const ok =
    Array.isArray(tags) &&
    tags.length <= LIMITS.tags &&
    tags.every((t) => typeof t === 'string' && t.length <= LIMITS.tag);
  need(p, ok, 'payload.tags', `a list of at most ${LIMITS.tags} short strings`, tags);
}

/** The version of a claim an edit was made on. */
function versionField(p: Problems, obj: Record<string, unknown>, optional = false) {
  const value = obj.version;
  if (optional && value === undefined) return;
  need(
    p,
    Number.isSafeInteger(value) && (value as number) >= 0,
    'payload.version',
    'a version number',
    value,
  );
}

function tabIdField(p: Problems, obj: Record<string, unknown>) {
  need(p, Number.isInteger(obj.tabId) && (obj.tabId as number) >= 0, 'payload.tabId', 'a tab id', obj.tabId);
}

function importIdField(p: Problems, obj: Record<string, unknown>) {
  stringField(p, obj, 'importId', LIMITS.id);
  if (obj.importId === '') p.add('payload.importId', 'must not be empty');
}

function countField(p: Problems, obj: Record<string, unknown>, key: string, min: number) {
  const value = obj[key];
  need(
    p,
    Number.isSafeInteger(value) && (value as number) >= min,
    `payload.${key}`,
    `a whole number ≥ ${min}`,
    value,
  );
}

function booleanField(p: Problems, obj: Record<string, unknown>, key: string, optional = false) {
  if (optional && obj[key] === undefined) return;
  need(p, typeof obj[key] === 'boolean', `payload.${key}`, 'true or false', obj[key]);
}

const SETTINGS_KEYS = [
  'disabledSites',
  'historyEnabled',
  'highlightsByDefault',
  'minScore',
  'siteHighlights',
];

const noPayload: Checker = () => {};

const CHECKERS: Record<BackgroundType, Checker> = {
  'claim/save': (p, o) => {
    checkClaim(p, o.claim, 'payload.claim');
    stringField(p, o, 'pageUrl', LIMITS.url);
    if (o.pageTitle !== null) stringField(p, o, 'pageTitle', LIMITS.name * 4);
    stringField(p, o, 'note', LIMITS.note, true);
    tagsField(p, o);
    versionField(p, o, true);
  },
  'claim/unsave': (p, o) => idField(p, o),
  'claim/get': (p, o) => idField(p, o),
  'claim/update': (p, o) => {
    idField(p, o);
    versionField(p, o);
    stringField(p, o, 'note', LIMITS.note, true);
    tagsField(p, o);
  },
  'claim/delete': (p, o) => idField(p, o),
  'claim/restore': (p, o) => {
    checkClaimRecord(p, o.record, 'payload.record');
  },
  'claim/show-in-page': (p, o) => idField(p, o),
  'reveal/result': (p, o) => {
    idField(p, o);
    booleanField(p, o, 'found');
  },
  'highlights/chosen': (p, o) => {
    stringField(p, o, 'host', LIMITS.url);
    booleanField(p, o, 'on');
  },
  'tab/state': (p, o) => tabIdField(p, o),
  'history/clear': noPayload,
  'settings/get': noPayload,
  'settings/set': (p, o) => {
    for (const key of Object.keys(o))
      if (!SETTINGS_KEYS.includes(key)) p.add(`payload.${key}`, 'not a setting');
    if (o.disabledSites !== undefined) {
      const ok =
        Array.isArray(o.disabledSites) &&
        o.disabledSites.every((s) => typeof s === 'string' && s.length < 300);
      need(p, ok, 'payload.disabledSites', 'a list of host names', o.disabledSites);
    }
    booleanField(p, o, 'historyEnabled', true);
    booleanField(p, o, 'highlightsByDefault', true);
    if (o.minScore !== undefined) {
      const ok = typeof o.minScore === 'number' && o.minScore >= 0 && o.minScore <= 1;
      need(p, ok, 'payload.minScore', 'a number between 0 and 1', o.minScore);
    }
    if (o.siteHighlights !== undefined) {
      const ok =
        isObject(o.siteHighlights) && Object.values(o.siteHighlights).every((v) => typeof v === 'boolean');
      need(p, ok, 'payload.siteHighlights', 'host names mapped to true or false', o.siteHighlights);
    }
  },
  'highlights/set-tab': (p, o) => {
    tabIdField(p, o);
    booleanField(p, o, 'on');
  },
  'library/open': noPayload,
  'import/batch': (p, o) => {
    importIdField(p, o);
    countField(p, o, 'seq', 0);
    const claims = Array.isArray(o.claims) ? o.claims.length : 0;
    const pages = Array.isArray(o.pages) ? o.pages.length : 0;
    if (claims + pages > IMPORT_BATCH_RECORDS)
      p.add('payload', `more than ${IMPORT_BATCH_RECORDS} records (${claims + pages})`);
    checkList(p, o.claims, 'payload.claims', checkClaimRecord, 20, IMPORT_BATCH_RECORDS);
    if (o.pages !== undefined)
      checkList(p, o.pages, 'payload.pages', checkPageRecord, 20, IMPORT_BATCH_RECORDS);
  },
  'import/finish': (p, o) => {
    importIdField(p, o);
    countField(p, o, 'batches', 1);
  },
};

export type CheckedMessage = { ok: true; message: BackgroundEnvelope } | { ok: false; error: string };

export function isBackgroundType(type: unknown): type is BackgroundType {
  return typeof type === 'string' && Object.hasOwn(CHECKERS, type);
}

/** `{ type, payload }` with a known type and a payload of the right shape, or a plain reason why not. */
export function checkBackgroundMessage(message: unknown): CheckedMessage {
  if (!isObject(message))
    return { ok: false, error: `Not a Sourcelight message: got ${describeValue(message)}` };
  const { type, payload } = message;
  if (!isBackgroundType(type)) return { ok: false, error: `Unknown message type ${describeValue(type)}` };
  const sent = payload === undefined ? {} : payload;
  if (!isObject(sent))
    return { ok: false, error: `${type}: payload: expected an object, got ${describeValue(payload)}` };
  // Over-long text made by the page is trimmed, not refused.
  const body = fitPagePayload(type, sent);
  const p = new Problems();
  CHECKERS[type](p, body);
  if (!p.ok) {
    const more = p.list.length > 5 ? ` (and ${p.list.length - 5} more)` : '';
    return { ok: false, error: `${type}: ${p.list.slice(0, 5).join('; ')}${more}` };
  }
  return { ok: true, message: { type, payload: body } as BackgroundEnvelope };
}
