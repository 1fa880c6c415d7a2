// Every saved claim across pages: search as you type, filters, sort, and one claim at a time to edit.
// Searching runs in memory over a precomputed lower-cased haystack; the list renders only the rows in view.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EXPORT_FORMATS, exportLabel } from '../../utils/export';
import { attributionChain } from '../../utils/export/chain';
import type { ExportFormat, LibraryQuery } from '../../utils/messaging/protocol';
import type { ClaimChange, UpdateResult } from '../../utils/storage/library';
import { facets, matches, searchWords, toSearchEntries } from '../../utils/storage/library-search';
import type { ClaimRecord } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';
import { dayEnd, dayStart, plural, shortDate } from '../common/format';
import { ClaimEditor } from './ClaimEditor';
import { VirtualList } from './VirtualList';

export const ROW_HEIGHT = 56;
export const LIST_HEIGHT = 336;

type Sort = NonNullable<LibraryQuery['sort']>;

const SORT_LABELS: Record<Sort, string> = {
  'savedAt-desc': 'Newest saved first',
  'savedAt-asc': 'Oldest saved first',
  'score-desc': 'Most check-worthy first',
  outlet: 'By outlet',
};

const COMPARE: Record<Sort, (a: ClaimRecord, b: ClaimRecord) => number> = {
  'savedAt-desc': (a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0),
  'savedAt-asc': (a, b) => (a.savedAt ?? 0) - (b.savedAt ?? 0),
  'score-desc': (a, b) => b.score - a.score || (b.savedAt ?? 0) - (a.savedAt ?? 0),
  outlet: (a, b) =>
    (a.outlet ?? '\uffff').localeCompare(b.outlet ?? '\uffff') || (b.savedAt ?? 0) - (a.savedAt ?? 0),
};

export interface LibraryViewProps {
  records: ClaimRecord[];
  /** False while `records` holds only the newest claims and the rest are being read. */
  complete: boolean;
  /** How many claims are saved in all (null while still being counted). */
  total: number | null;
  /** An edit made on a version of the claim: its answer, or null when it failed (shown by the popup). */
  onUpdate(id: string, change: ClaimChange): Promise<UpdateResult | null>;
  onDelete(record: ClaimRecord): void;
  onShowInPage(id: string): void;
  onExport(format: ExportFormat): void;
  /** The way to import a backup, shown below the export. */
  importer?: ComponentChildren;
  /** Open this claim's editor (from the orphans list). */
  openId?: string | null;
}

export function LibraryView(props: LibraryViewProps) {
  const { records, complete } = props;
  const total = props.total ?? records.length;
  const [text, setText] = useState('');
  const [outlet, setOutlet] = useState('');
  const [publication, setPublication] = useState('');
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<Sort>('savedAt-desc');
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<string | null>(props.openId ?? null);

  useEffect(() => {
    performance.mark('sourcelight:library-painted');
  }, []);
  useEffect(() => {
    if (props.openId) setEditing(props.openId);
  }, [props.openId]);

  const sorted = useMemo(
    () => toSearchEntries(records).sort((a, b) => COMPARE[sort](a.record, b.record)),
    [records, sort],
  );
  const options = useMemo(() => facets(records), [records]);
  const shown = useMemo(() => {
    const query: LibraryQuery = {
      outlet: outlet || undefined,
      publication: publication || undefined,
      tag: tag || undefined,
      savedFrom: dayStart(from),
      savedTo: dayEnd(to),
    };
    const words = searchWords(text);
    const out: ClaimRecord[] = [];
    for (const entry of sorted) if (matches(entry, query, words)) out.push(entry.record);
    return out;
  }, [sorted, text, outlet, publication, tag, from, to]);

  useEffect(() => setActive(0), [text, outlet, publication, tag, from, to, sort]);

  const editingRecord = editing ? records.find((r) => r.id === editing) : undefined;
  if (editingRecord) {
    return (
      <ClaimEditor
        key={editingRecord.id}
        record={editingRecord}
        onSave={(change) => props.onUpdate(editingRecord.id, change)}
        onDelete={() => {
          setEditing(null);
          props.onDelete(editingRecord);
        }}
        onShowInPage={() => props.onShowInPage(editingRecord.id)}
        onClose={() => setEditing(null)}
      />
    );
  }

  const filtered = text || outlet || publication || tag || from || to;
  return (
    <section class="sl-library" aria-label="Saved claims">
      <div class="sl-search">
        <label class="sl-visually-hidden" for="sl-search">
          Search saved claims
        </label>
        <input
          id="sl-search"
          type="search"
          placeholder="Search saved claims, notes, tags…"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <details class="sl-filters">
        <summary>Filter and sort</summary>
        <div class="sl-filter-grid">
          <Select label="Outlet" value={outlet} values={options.outlets} onChange={setOutlet} />
          <Select
            label="Publication"
            value={publication}
            values={options.publications}
            onChange={setPublication}
          />
          <Select label="Tag" value={tag} values={options.tags} onChange={setTag} />
          <label class="sl-field">
            <span>Sort</span>
            <select value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
              {(Object.keys(SORT_LABELS) as Sort[]).map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <label class="sl-field">
            <span>Saved from</span>
            <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label class="sl-field">
            <span>Saved to</span>
            <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
        </div>
      </details>
      <p class="sl-count" role="status" aria-live="polite">
        {!complete
          ? `${props.total === null ? 'Showing' : `${plural(total, 'saved claim')}; showing`} the newest ${records.length.toLocaleString()} while the rest load…`
          : filtered
            ? `${plural(shown.length, 'claim')} of ${total.toLocaleString()} shown`
            : plural(total, 'saved claim')}
      </p>
      {shown.length ? (
        <VirtualList
          items={shown}
          rowHeight={ROW_HEIGHT}
          height={Math.min(LIST_HEIGHT, shown.length * ROW_HEIGHT)}
          label="Saved claims; press Enter to edit"
          idPrefix="sl-claim"
          activeIndex={active}
          onActiveChange={setActive}
          onOpen={(i) => setEditing(shown[i].id)}
          rowKey={(r) => r.id}
          renderRow={(r) => <LibraryRow record={r} />}
        />
      ) : (
        <p class="sl-empty">
          {records.length
            ? 'No saved claim matches.'
            : 'Nothing saved yet. Save claims from a page to find them here.'}
        </p>
      )}
      <fieldset class="sl-export">
        <legend class="sl-muted">Export every saved claim:</legend>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={!total} onClick={() => props.onExport(format)}>
            {exportLabel(format)}
          </button>
        ))}
      </fieldset>
      {props.importer}
    </section>
  );
}

function LibraryRow({ record }: { record: ClaimRecord }) {
  const meta = visibleText(
    [
      attributionChain(record),
      shortDate(record.savedAt),
      record.tags.length ? `#${record.tags.join(' #')}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  return (
    <>
      <span class="sl-row-text">
        {record.orphanedAt ? <span class="sl-badge">passage gone</span> : null}
        {visibleText(record.text)}
      </span>
      <span class="sl-row-meta">
        {meta}
        {record.note ? ' · ✎ note' : ''}
      </span>
    </>
  );
}

function Select(props: { label: string; value: string; values: string[]; onChange(value: string): void }) {
  return (
    <label class="sl-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {visibleText(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
