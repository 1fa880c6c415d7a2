// Importing a backup from the popup's library, through the same control and reader as the options page: a
// backup adds its claims to the list, a malformed file is refused with a message and nothing saved is lost,
// and the toolbar popup (which closes when a file picker opens) sends the reader to the library in a tab.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/library/PopupApp';
import { exportLibrary } from '../../utils/export';
import { buttonNamed, click, fakeApi, renderTarget, settle } from './popup-helpers';
import { makeRecord } from './storage-helpers';

const target = renderTarget();

describe('importing from the library', () => {
  async function chooseFile(text: string) {
    const input = target.el.querySelector('#sl-library-import') as HTMLInputElement;
    const file = new File([text], 'backup.jsonl', { type: 'application/jsonl' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  it('imports a backup and lists what it added', async () => {
    const backup = exportLibrary('json', [makeRecord(7, { text: 'Seven from the backup' })], [], 1);
    const fake = fakeApi([makeRecord(1)]);
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    await chooseFile(backup.parts.join(''));
    expect(fake.calls).toContain('import');
    expect(target.el.querySelector('.sl-import-result')?.textContent).toContain('Imported: 1 new claim');
    expect(target.el.querySelector('.sl-count')?.textContent).toBe('2 saved claims');
    expect(target.el.textContent).toContain('Seven from the backup');
  });

  it('refuses a malformed file with a message and keeps every saved claim', async () => {
    const fake = fakeApi([makeRecord(1), makeRecord(2)]);
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    await chooseFile('{"format": "sourcelight-backup", "claims": [{"id": 3}');
    const alert = target.el.querySelector('.sl-import-errors[role="alert"]');
    expect(alert?.textContent).toContain('This file was not imported, and nothing saved has changed');
    expect(fake.store.size).toBe(2);
    expect(target.el.querySelector('.sl-count')?.textContent).toBe('2 saved claims');
  });

  it('shows a failure to reach the library as a message, not a crash', async () => {
    const fake = fakeApi([makeRecord(1)]);
    fake.api.importBackup = async () => {
      throw new Error('The library could not be opened');
    };
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    await chooseFile('{}');
    expect(target.el.querySelector('.sl-import-errors')?.textContent).toContain(
      'The library could not be opened',
    );
    expect(target.el.querySelector('.sl-count')?.textContent).toBe('1 saved claim');
  });

  it('in the toolbar popup, opens the library in a tab to pick the file there', async () => {
    const fake = fakeApi([makeRecord(1)], undefined, false);
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    expect(target.el.querySelector('#sl-library-import')).toBeNull();
    await click(buttonNamed(target.el, 'Import a backup…'));
    expect(fake.calls).toEqual(['library tab']);
  });
});
