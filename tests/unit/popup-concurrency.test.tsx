// Two library editors open on one claim, each a popup over the same background and database (the real
// router and store, fake-indexeddb): the second save never silently replaces the first's note. The reader
// sees the newer note and keeps theirs, the other, or both; a tags-only save on a stale copy keeps the newer
// note instead of writing the old one back.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { LibraryApi } from '../../components/library/api';
import { PopupApp } from '../../components/library/PopupApp';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore, type UpdateResult } from '../../utils/storage/library';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';
import { buttonNamed, click, settle, typeInto } from './popup-helpers';
import { freshIndexedDb, makeRecord, routerOver } from './storage-helpers';

async function background() {
  freshIndexedDb();
  let clock = 1_800_000_000_000;
  const store = new LibraryStore(await openLibraryDb(), () => (clock += 1000));
  await store.importBackup({ claims: [makeRecord(1, { note: 'first note', tags: ['a'] })] });
  const router = routerOver(store, () => clock);
  return { store, router };
}

/** A popup's link to the extension: reads from the database, changes through the background's messages. */
function popupApi({ store, router }: Awaited<ReturnType<typeof background>>): LibraryApi {
  const send = async <T,>(type: string, payload: unknown): Promise<T> => {
    const answer = (await router.handle({ type, payload })) as T | { error: string };
    if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
    return answer as T;
  };
  return {
    loadNewest: (limit) => store.newestSaved(limit),
    countSaved: () => store.countSaved(),
    loadSaved: () => store.listSaved(),
    pagesFor: (claims) => store.pagesFor(claims),
    currentTab: async () => ({ tabId: null, state: null }),
    settings: async () => DEFAULT_SETTINGS,
    save: (input) => send('claim/save', input),
    unsave: (id) => send('claim/unsave', { id }),
    update: (id, change) => send<UpdateResult>('claim/update', { id, ...change }),
    remove: async (id) => (await send<{ deleted: null }>('claim/delete', { id })).deleted,
    restore: (record) => send('claim/restore', { record }),
    showInPage: async () => {},
    setHighlights: async () => false,
    download: () => {},
    openOptions: () => {},
    importBackup: async () => ({ ok: false, errors: ['not imported in this test'] }),
    canPickFiles: async () => false,
    openLibraryInTab: () => {},
  };
}

/** Opens a popup in its own element, with the editor open on the one saved claim. */
async function editorIn(api: LibraryApi): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.append(el);
  render(<PopupApp api={api} initialView="library" />, el);
  await settle();
  await click(el.querySelector('[role="option"]'));
  const editor = el.querySelector('form.sl-editor') as HTMLElement;
  expect(editor).not.toBeNull();
  return editor;
}

const noteBox = (editor: HTMLElement) => editor.querySelector('textarea') as HTMLTextAreaElement;
const tagsBox = (editor: HTMLElement) => editor.querySelector('input[type="text"]') as HTMLInputElement;

describe('two editors on one claim', () => {
  it('shows the second editor the first one’s note, and merging keeps both', async () => {
    const bg = await background();
    const one = await editorIn(popupApi(bg));
    const two = await editorIn(popupApi(bg));
    await typeInto(noteBox(one), 'Note from window one');
    await click(buttonNamed(one, 'Save changes'));
    expect((await bg.store.getClaim('c1'))?.note).toBe('Note from window one');

    await typeInto(noteBox(two), 'Note from window two');
    await click(buttonNamed(two, 'Save changes'));
    // Refused, not written: the newer note is shown with the three choices.
    expect((await bg.store.getClaim('c1'))?.note).toBe('Note from window one');
    const conflict = two.querySelector('.sl-conflict') as HTMLElement;
    expect(conflict.textContent).toContain('changed elsewhere');
    expect(conflict.querySelector('blockquote')?.textContent).toBe('Note from window one');
    for (const choice of ['Keep mine', 'Keep theirs', 'Merge the text'])
      expect(buttonNamed(conflict, choice)).toBeDefined();

    await click(buttonNamed(conflict, 'Merge the text'));
    expect(noteBox(two).value).toBe('Note from window one\n\nNote from window two');
    await click(buttonNamed(two, 'Save changes'));
    const saved = await bg.store.getClaim('c1');
    expect(saved?.note).toBe('Note from window one\n\nNote from window two');
    expect(saved?.version).toBe(3);
  });

  it('keeps mine or keeps theirs, as the reader chooses', async () => {
    const bg = await background();
    const one = await editorIn(popupApi(bg));
    const two = await editorIn(popupApi(bg));
    await typeInto(noteBox(one), 'One');
    await click(buttonNamed(one, 'Save changes'));
    await typeInto(noteBox(two), 'Two');
    await click(buttonNamed(two, 'Save changes'));
    await click(buttonNamed(two, 'Keep mine'));
    expect((await bg.store.getClaim('c1'))?.note).toBe('Two');
    expect(two.querySelector('.sl-conflict')).toBeNull();

    // Window one is now behind: its next save is refused, and it keeps the other note.
    await typeInto(noteBox(one), 'One again');
    await click(buttonNamed(one, 'Save changes'));
    expect(one.querySelector('.sl-conflict blockquote')?.textContent).toBe('Two');
    await click(buttonNamed(one, 'Keep theirs'));
    expect(noteBox(one).value).toBe('Two');
    expect((await bg.store.getClaim('c1'))?.note).toBe('Two');
  });

  it('a tags-only save on a stale copy keeps the newer note (and both changes)', async () => {
    const bg = await background();
    const one = await editorIn(popupApi(bg));
    const two = await editorIn(popupApi(bg));
    await typeInto(noteBox(two), 'The newer note');
    await click(buttonNamed(two, 'Save changes'));
    await typeInto(tagsBox(one), 'a, syria');
    await click(buttonNamed(one, 'Save changes'));
    const saved = await bg.store.getClaim('c1');
    expect(saved).toMatchObject({ note: 'The newer note', tags: ['a', 'syria'] });
    expect(one.querySelector('.sl-conflict')).toBeNull();
    expect(noteBox(one).value).toBe('The newer note');
  });

  it('keeps the editor and what was typed when the claim was unsaved elsewhere', async () => {
    const bg = await background();
    const one = await editorIn(popupApi(bg));
    await bg.router.handle({ type: 'claim/unsave', payload: { id: 'c1' } });
    await typeInto(noteBox(one), 'Typed while it was unsaved');
    await click(buttonNamed(one, 'Save changes'));
    expect(one.isConnected).toBe(true);
    expect(one.querySelector('.sl-conflict')?.textContent).toContain('changed elsewhere');
    expect(noteBox(one).value).toBe('Typed while it was unsaved');
    expect((await bg.store.getClaim('c1'))?.note).toBe('first note');
  });

  it('the page card (which never sees the saved note) cannot overwrite one', async () => {
    const bg = await background();
    const { id: _id, pageUrl, pageTitle, ...rest } = makeRecord(1);
    const answer = await bg.router.handle({
      type: 'claim/save',
      payload: { claim: { id: 'c1', ...pickClaim(rest) }, pageUrl, pageTitle, note: 'from the card' },
    });
    expect(answer).toEqual({ error: expect.stringContaining('already has a different note') });
    expect((await bg.store.getClaim('c1'))?.note).toBe('first note');
    // Naming the version it was written on, the same save goes through.
    const named = await bg.router.handle({
      type: 'claim/save',
      payload: {
        claim: { id: 'c1', ...pickClaim(rest) },
        pageUrl,
        pageTitle,
        note: 'from the card',
        version: 1,
      },
    });
    expect(named).toMatchObject({ note: 'from the card', version: 2 });
  });
});

function pickClaim(record: Record<string, unknown>) {
  const { text, kind, quoteId, publication, outlet, speaker, score, reasons, selector } = record;
  return { text, kind, quoteId, publication, outlet, speaker, score, reasons, selector };
}
