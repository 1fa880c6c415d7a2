// The overlay's own look, inside its closed shadow root: the page's styles cannot reach it and it cannot
// reach the page. Panels follow the reader's light or dark preference; outlet colours are solid swatches.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.rule { position: absolute; width: 4px; border-radius: 2px; }
.rule.dashed { background: none !important; border-left: 4px dashed var(--c); width: 0; }
.tint { position: absolute; border-radius: 3px; }
.line { position: absolute; border-radius: 2px; }
.line.saved { border-bottom: 2px solid rgba(37, 99, 235, 0.95); }
.line.active { background: rgba(59, 130, 246, 0.28); }
.line.reveal { background: rgba(236, 72, 153, 0.36); }
.badge {
  position: absolute; transform: translate(-100%, -100%); margin-top: -2px; white-space: nowrap;
  font: 600 11px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .01em;
  padding: 0 6px; border-radius: 3px; box-shadow: 0 1px 2px rgba(0,0,0,.25); max-width: 40ch;
  overflow: hidden; text-overflow: ellipsis;
}
.panel {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5d5f66; --border: #c9ccd3; --accent: #0b57d0; --accent-fg: #fff;
  --focus: #0b57d0; --error: #8c1d18;
  color-scheme: light;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 18px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; pointer-events: auto; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #1d1e22; --fg: #e6e6ea; --muted: #a8abb4; --border: #454852; --accent: #8ab4f8; --accent-fg: #0b1b36;
    --focus: #8ab4f8; --error: #ffb4ab; color-scheme: dark;
  }
}
.panel button { font: inherit; color: inherit; }
.panel button, .pill {
  background: transparent; border: 1px solid var(--border); border-radius: 5px; padding: 2px 8px; cursor: pointer;
}
.panel button:hover { border-color: var(--muted); }
.panel button[aria-pressed="true"], .panel button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.panel button:disabled { opacity: .5; cursor: default; }
.panel :focus-visible, .pill:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.bar-root {
  position: fixed; left: 12px; bottom: 12px; max-width: min(46rem, calc(100vw - 24px)); z-index: 1;
  pointer-events: none;
}
.bar-space { position: absolute; left: 0; width: 1px; pointer-events: none; }
.bar { position: relative; padding: 6px 30px 6px 10px; display: flex; flex-direction: column; gap: 4px; }
.bar-head { display: flex; flex-wrap: wrap; gap: 2px 12px; align-items: center; }
.bar h2 { font-size: 12px; margin: 0; font-weight: 700; }
.bar > .close { position: absolute; top: 4px; right: 4px; }
.pill { padding: 3px 12px; border-radius: 999px; font-weight: 600; cursor: pointer; }
.pill .dot { margin: 0 0 0 4px; }
.summary { margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; list-style: none; padding: 0; }
.summary li { white-space: nowrap; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: baseline; }
.controls, .choice, .stepping { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; }
.controls { gap: 4px 12px; }
.choice-label { color: var(--muted); }
.count { color: var(--muted); min-width: 7ch; text-align: center; }
.legend { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0 12px; font-size: 11.5px; color: var(--muted); }
.legend li { white-space: normal; }
.key { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: baseline; }
.key.passage { border-left: 4px solid var(--muted); background: rgba(128,128,128,.15); }
.key.dashed { border-left: 4px dashed var(--muted); }
.key.mention { border-bottom: 2px solid var(--muted); height: 8px; }
.key.claim { background: rgba(255, 179, 0, 0.45); }
.key.commentary { border-bottom: 1px dotted var(--fg); height: 8px; }
.key.saved { border-bottom: 2px solid rgba(37, 99, 235, 0.95); height: 8px; }
.card {
  position: absolute; width: min(22rem, calc(100vw - 24px)); padding: 8px 12px 10px; z-index: 2;
}
.card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.card .kind { font-size: 11px; font-weight: 600; margin: 0; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.card .text {
  margin: 2px 0 6px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden;
}
.chain { margin: 0 0 2px; font-weight: 600; }
.why { margin: 0; }
.disclosure { border: none !important; padding: 0 !important; color: var(--accent) !important; background: none !important; text-decoration: underline; font-size: 12px !important; margin-top: 2px; }
.reasons { margin: 2px 0 4px; padding-left: 1.2em; color: var(--muted); font-size: 12px; }
.note { display: block; width: 100%; height: 92px; border: 1px solid var(--border); border-radius: 5px; margin-top: 6px; background: var(--bg); color-scheme: normal; }
.actions { display: flex; gap: 6px; align-items: center; margin-top: 6px; flex-wrap: wrap; }
.status { font-size: 12px; color: var(--muted); margin: 0; }
.status.error { color: var(--error); }
.close { border: none !important; font-size: 16px; line-height: 1; padding: 0 4px !important; }
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .08s; } }
@media print { .layer, .bar-root, .bar-space, .card { display: none !important; } }
`;
