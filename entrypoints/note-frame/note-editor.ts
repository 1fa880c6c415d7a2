// The note of one saved claim, read and written through the background (the database's one writer). Framed in
// the claim's card on a web page: this is an extension page, so the keys typed here reach only this document,
// never the page's listeners. An edit names the version it was made on; when the claim changed elsewhere
// meanwhile, the newer note is shown and nothing is overwritten.
import type { BackgroundPayload, BackgroundResponse, BackgroundType } from '../../utils/messaging/protocol';
import type { ClaimRecord } from '../../utils/storage/types';

export type Send = <T extends BackgroundType>(
  type: T,
  payload: BackgroundPayload<T>,
) => Promise<BackgroundResponse<T>>;

export interface NoteFields {
  form: HTMLFormElement;
  text: HTMLTextAreaElement;
  save: HTMLButtonElement;
  status: HTMLElement;
}

export class NoteEditor {
  private record: ClaimRecord | null = null;

  constructor(
    private readonly id: string,
    private readonly fields: NoteFields,
    private readonly send: Send,
  ) {
    fields.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    fields.text.addEventListener('input', () => this.dirty());
    fields.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.save();
      }
    });
  }

  async load(): Promise<void> {
    try {
      const { claim } = await this.send('claim/get', { id: this.id });
      if (!claim) return this.say('This claim is no longer in your library.', true);
      this.show(claim);
    } catch (error) {
      this.say(messageOf(error), true);
    } finally {
      this.fields.form.removeAttribute('aria-busy');
    }
  }

  private show(record: ClaimRecord): void {
    this.record = record;
    this.fields.text.value = record.note;
    this.fields.text.disabled = false;
    this.fields.save.disabled = true;
  }

  private dirty(): void {
    this.fields.save.disabled = this.record === null || this.fields.text.value === this.record.note;
    this.say('');
  }

  async save(): Promise<void> {
    const record = this.record;
    if (!record || this.fields.text.value === record.note) return;
    this.fields.save.disabled = true;
    this.say('Saving…');
    try {
      const result = await this.send('claim/update', {
        id: record.id,
        version: record.version,
        note: this.fields.text.value,
      });
      if (result.ok) {
        this.show(result.record);
        this.say('Saved.');
      } else {
        this.show(result.current);
        this.say('This note was changed elsewhere; here is the newer one. Your words were not saved.', true);
      }
    } catch (error) {
      this.fields.save.disabled = false;
      this.say(messageOf(error), true);
    }
  }

  private say(text: string, error = false): void {
    this.fields.status.textContent = text;
    this.fields.status.className = error ? 'error' : '';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
