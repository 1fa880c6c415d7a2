// The first look runs from document_start so that it can start the moment the page is parsed: Chrome runs
// document_end scripts some time after DOMContentLoaded (a median of 40 ms on the loaded bench VM), not at
// it. It listens on the window, so the page's own DOMContentLoaded listeners on the document run first, and
// falls back to `load` should the page stop the event on its way.

/** Runs `work` once: when `doc` has been parsed (at once if it has been already). */
export function whenParsed(doc: Document, win: Window, work: () => void): void {
  if (doc.readyState !== 'loading') {
    work();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    win.removeEventListener('DOMContentLoaded', once);
    win.removeEventListener('load', once);
    work();
  };
  win.addEventListener('DOMContentLoaded', once);
  win.addEventListener('load', once);
}
