// The note frame's editor: reads the claim's note through the background, saves an edit naming its version,
// and shows the newer note instead of overwriting one changed elsewhere.
import { describe, expect, it } from 'vitest';
import { NoteEditor, type Send } from '../../entrypoints/note-frame/note-editor';
import type { ClaimRecord } from '../../utils/storage/types';

function fields() {
  document.body.innerHTML = `<form id="f"><textarea id="t"></textarea><button id="s">Save note</button><p id="st"></p></form>`;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    form: get<HTMLFormElement>('f'),
    text: get<HTMLTextAreaElement>('t'),
    save: get<HTMLButtonElement>('s'),
    status: get('st'),
  };
}

const record = (note: string, version: number) => ({ id: 'c1', note, version }) as ClaimRecord;

function background(initial: ClaimRecord, refuse = false) {
  const calls: Array<[string, unknown]> = [];
  let current = initial;
  const send = (async (type: string, payload: { note?: string; version?: number }) => {
    calls.push([type, payload]);
    if (type === 'claim/get') return { claim: current };
    if (refuse) {
      current = record('Written elsewhere', current.version + 1);
      return { ok: false, current };
    }
    current = record(payload.note ?? '', current.version + 1);
    return { ok: true, record: current };
  }) as Send;
  return { send, calls };
}

describe('NoteEditor', () => {
  it('shows the note and saves an edit on the version it was made on', async () => {
    const f = fields();
    const { send, calls } = background(record('First', 3));
    const editor = new NoteEditor('c1', f, send);
    await editor.load();
    expect(f.text.value).toBe('First');
    expect(f.save.disabled).toBe(true);
    f.text.value = 'Second';
    f.text.dispatchEvent(new Event('input'));
    expect(f.save.disabled).toBe(false);
    await editor.save();
    expect(calls[1]).toEqual(['claim/update', { id: 'c1', version: 3, note: 'Second' }]);
    expect(f.status.textContent).toBe('Saved.');
    expect(f.save.disabled).toBe(true);
  });

  it('keeps a note changed elsewhere and says so', async () => {
    const f = fields();
    const editor = new NoteEditor('c1', f, background(record('First', 3), true).send);
    await editor.load();
    f.text.value = 'Mine';
    await editor.save();
    expect(f.text.value).toBe('Written elsewhere');
    expect(f.status.className).toBe('error');
  });

  it('says when the claim is no longer in the library', async () => {
    const f = fields();
    const send = (async () => ({ claim: null })) as unknown as Send;
    await new NoteEditor('gone', f, send).load();
    expect(f.status.textContent).toBe('This claim is no longer in your library.');
  });
});
