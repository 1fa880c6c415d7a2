// The note editor framed in a claim's card (components/page/ClaimCard.tsx): see note-editor.ts.
import '../../components/common/theme.css';
import './style.css';
import { sendToBackground } from '../../utils/messaging/client';
import { NoteEditor } from './note-editor';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const id = new URLSearchParams(location.search).get('claim') ?? '';
const editor = new NoteEditor(
  id,
  {
    form: byId<HTMLFormElement>('note'),
    text: byId<HTMLTextAreaElement>('text'),
    save: byId<HTMLButtonElement>('save'),
    status: byId('status'),
  },
  sendToBackground,
);
void editor.load();
