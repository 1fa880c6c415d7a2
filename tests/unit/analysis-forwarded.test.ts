// A forwarded e-mail's header names whose message the passage below it is (utils/analysis/forwarded.ts).
import { describe, expect, it } from 'vitest';
import { forwardedMessages, readForwardedHeader } from '../../utils/analysis/forwarded';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

/** The header element of `html`, and its last line's words, as the analyser meets them above a passage. */
function header(html: string): { line: string; element: Element } {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = `<div class="attr">${html}</div>`;
  const element = doc.querySelector('.attr')!;
  const lines = html.split('<br>').map((l) => l.replace(/<[^>]+>/g, '').trim());
  return { line: lines.filter(Boolean).at(-1)!, element };
}
const read = (html: string) => {
  const { line, element } = header(html);
  return readForwardedHeader(line, element, defaultOutlets);
};

describe('a forwarded header above a passage', () => {
  it('names the newsroom whose mail it is, known by its address or unknown by its name', () => {
    expect(
      read(
        '---------- Forwarded message ---------<br>From: Reuters &lt;newsletters@reuters.com&gt;<br>Subject: Daily',
      ),
    ).toMatchObject({ kind: 'outlet', outlet: 'Reuters' });
    expect(
      read(
        '---------- Forwarded message ---------<br>From: The Eastbrook Chronicle &lt;am@eastbrook.example&gt;<br>Date: Thu, Dec 3, 2026<br>Subject: Briefing',
      ),
    ).toMatchObject({ kind: 'outlet', outlet: 'The Eastbrook Chronicle' });
  });
  it('gives a person’s mail to the person, in the other languages’ headers too', () => {
    expect(
      read(
        '---------- Forwarded message ---------<br>From: Ruth Ainsley &lt;ruth@mailbox.example&gt;<br>Subject: Re: the lido',
      ),
    ).toMatchObject({ kind: 'person', outlet: null });
    expect(
      read(
        '---------- Weitergeleitete Nachricht ---------<br>Von: Jonas Keller &lt;jk@mail.example&gt;<br>Betreff: Bad',
      ),
    ).toMatchObject({ kind: 'person' });
  });
  it('reads nothing from a line that is no header, or a header without a sender’s address', () => {
    expect(read('Subject: the lido, again')).toBeNull();
    expect(
      read('---------- Forwarded message ---------<br>From: Ruth Ainsley<br>Subject: Re: the lido'),
    ).toBeNull();
    expect(read('The Eastbrook Chronicle reports:')).toBeNull();
  });
});

describe('a field line inside a long run of lines', () => {
  it('does not read the whole run as a header', () => {
    const doc = document.implementation.createHTMLDocument('');
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i} of the minutes, read aloud.`).join('<br>');
    doc.body.innerHTML = `<div class="run">---------- Forwarded message ---------<br>From: The Eastbrook Chronicle &lt;am@eastbrook.example&gt;<br>${lines}<br>Subject: Minutes</div>`;
    expect(readForwardedHeader('Subject: Minutes', doc.querySelector('.run')!, defaultOutlets)).toBeNull();
  });
});

describe('forwardedMessages: a messenger’s message passed on from another channel', () => {
  const TEXT =
    'The operator says it will run a reduced timetable on strike days, with school routes given priority over the rest.';
  const body = (line: string) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<main><div class="bubble"><div class="from">${line}</div><div class="text" id="t">${TEXT}</div></div></main>`;
    return doc.querySelector('main')!;
  };
  it('finds the text under a "Forwarded from …" line', () => {
    expect(
      forwardedMessages(body('Forwarded from <a href="https://t.me/x">The Guardian</a>')).map((e) => e.id),
    ).toEqual(['t']);
  });
  it('finds nothing under another line, or a text too short for a passage', () => {
    expect(forwardedMessages(body('Posted by The Guardian'))).toEqual([]);
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<main><div>Forwarded from The Guardian</div><div>Read this.</div></main>';
    expect(forwardedMessages(doc.querySelector('main')!)).toEqual([]);
  });
});
