// The settings page, in a tab of its own: where Sourcelight stays off, history (kept, listed and cleared),
// highlights, the check-worthiness threshold, and backups. Each setting says in one line what it does; the
// page works from 400 px wide.
import { useEffect, useState } from 'preact/hooks';
import { ErrorBanner } from '../../components/common/ErrorBanner';
import { plural } from '../../components/common/format';
import type { ImportOutcome } from '../../components/library/api';
import { ImportControl } from '../../components/library/ImportControl';
import { describeError } from '../../utils/storage/errors';
import { cleanHost } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS, type PageRecord, type Settings } from '../../utils/storage/types';
import { HistoryView } from './HistoryView';

export interface OptionsApi {
  settings(): Promise<Settings>;
  setSettings(change: Partial<Settings>): Promise<Settings>;
  clearHistory(): Promise<{ removedPages: number; removedClaims: number }>;
  /** The pages Sourcelight has analysed (the history), in any order. */
  listHistory(): Promise<PageRecord[]>;
  /** Reads the file in pieces (a backup may be larger than one string can hold) and merges it. */
  importBackup(file: Blob): Promise<ImportOutcome>;
  exportBackup(): Promise<number>;
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const [threshold, setThreshold] = useState(0);

  async function attempt(work: () => Promise<void>) {
    try {
      setError(null);
      await work();
    } catch (e) {
      setError(describeError(e));
    }
  }

  useEffect(() => {
    void attempt(async () => {
      const s = await api.settings();
      setSettings(s);
      setThreshold(s.minScore);
      setLoaded(true);
    });
  }, []);

  const change = (patch: Partial<Settings>, done: string) =>
    attempt(async () => {
      const next = await api.setSettings(patch);
      setSettings(next);
      setThreshold(next.minScore);
      setStatus(done);
    });

  function addSite(event: Event) {
    event.preventDefault();
    const host = cleanHost(newSite);
    if (!host) return;
    setNewSite('');
    void change(
      { disabledSites: [...settings.disabledSites, host] },
      `Sourcelight will stay off on ${host}.`,
    );
  }

  return (
    <main class="sl-options">
      <h1>Sourcelight settings</h1>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <p class="sl-status" role="status" aria-live="polite">
        {status}
      </p>

      <section aria-labelledby="sl-sites">
        <h2 id="sl-sites">Sites where Sourcelight stays off</h2>
        <p class="sl-hint">Sourcelight does not read or mark any page of these sites.</p>
        {settings.disabledSites.length === 0 ? (
          <p class="sl-muted">None: Sourcelight looks at every page.</p>
        ) : (
          <ul class="sl-site-list">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Turn Sourcelight back on for ${site}`}
                  onClick={() =>
                    void change(
                      { disabledSites: settings.disabledSites.filter((s) => s !== site) },
                      `Sourcelight is back on for ${site}.`,
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="sl-inline" onSubmit={addSite}>
          <label for="sl-new-site">Add a site</label>
          <input
            id="sl-new-site"
            type="text"
            placeholder="example.com"
            value={newSite}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit" disabled={!loaded}>
            Add
          </button>
        </form>
      </section>

      <section aria-labelledby="sl-history">
        <h2 id="sl-history">History</h2>
        <SettingCheckbox
          checked={settings.historyEnabled}
          disabled={!loaded}
          onToggle={(on) => void change({ historyEnabled: on }, on ? 'History is on.' : 'History is off.')}
          label="Keep the analysis of each page I read"
          hint="Off: only the claims you save are kept, with their pages."
        />
        <HistoryView
          listHistory={api.listHistory}
          clearHistory={api.clearHistory}
          onError={(e) => setError(describeError(e))}
        />
      </section>

      <section aria-labelledby="sl-highlights">
        <h2 id="sl-highlights">Highlights</h2>
        <SettingCheckbox
          checked={settings.highlightsByDefault}
          disabled={!loaded}
          onToggle={(on) =>
            void change(
              { highlightsByDefault: on },
              on ? 'Highlights are on by default.' : 'Highlights are off by default.',
            )
          }
          label="Show highlights on sites I have not chosen for"
          hint="On a site where you turned highlights on or off yourself, your choice wins."
        />
        <label class="sl-field" for="sl-threshold">
          <span>Lowest check-worthiness shown</span>
        </label>
        <p class="sl-hint" id="sl-threshold-hint">
          How worth checking a claim looks (numbers, names, dates and a named speaker raise it); claims below
          this are neither marked on the page nor listed in the popup.
        </p>
        <div class="sl-inline">
          <input
            id="sl-threshold"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            aria-valuetext={`${Math.round(threshold * 100)}%`}
            aria-describedby="sl-threshold-hint sl-threshold-means"
            disabled={!loaded}
            onInput={(e) => setThreshold(Number(e.currentTarget.value))}
            onChange={(e) =>
              void change(
                { minScore: Number(e.currentTarget.value) },
                `Claims below ${Math.round(Number(e.currentTarget.value) * 100)}% are hidden.`,
              )
            }
          />
          <output for="sl-threshold">{Math.round(threshold * 100)}%</output>
        </div>
        <p class="sl-hint" id="sl-threshold-means">
          {thresholdMeaning(threshold)}
        </p>
      </section>

      <section aria-labelledby="sl-backup">
        <h2 id="sl-backup">Backup</h2>
        <p class="sl-hint">
          A backup holds every saved claim with its note and tags. Importing one merges it with what is saved:
          the copy of a claim edited more often wins, and a note it replaces is listed below the import.
        </p>
        <div class="sl-inline">
          <button
            type="button"
            onClick={() =>
              void attempt(async () =>
                setStatus(`Backup of ${plural(await api.exportBackup(), 'claim')} downloaded.`),
              )
            }
          >
            Download a backup (JSON)
          </button>
        </div>
        <ImportControl id="sl-import" importFile={api.importBackup} />
      </section>
    </main>
  );
}

/** What the threshold's value means, in words. */
export function thresholdMeaning(value: number): string {
  const shown = Math.round(value * 100);
  if (shown <= 0) return '0%: every claim is shown, however little there is to check in it.';
  if (shown >= 100) return '100%: only the most check-worthy claims are shown.';
  return `${shown}%: claims that look less than ${shown}% worth checking are hidden.`;
}

function SettingCheckbox(props: {
  checked: boolean;
  disabled: boolean;
  onToggle: (on: boolean) => void;
  label: string;
  /** One line on what the setting does. */
  hint: string;
}) {
  return (
    <label class="sl-check">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onToggle(e.currentTarget.checked)}
      />
      <span>
        {props.label}
        <span class="sl-hint">{props.hint}</span>
      </span>
    </label>
  );
}
