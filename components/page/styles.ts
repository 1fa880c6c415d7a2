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
.panel button, .panel textarea { font: inherit; color: inherit; }
.panel button {
  background: transparent; border: 1px solid var(--border); border-radius: 5px; padding: 2px 8px; cursor: pointer;
}
.panel button:hover { border-color: var(--muted); }
.panel button[aria-pressed="true"], .panel button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.panel button:disabled { opacity: .5; cursor: default; }
.panel :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.bar {
  position: fixed; left: 12px; bottom: 12px; max-width: min(46rem, calc(100vw - 24px)); padding: 8px 10px;
  display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; z-index: 1;
}
.bar h2 { font-size: 12px; margin: 0; font-weight: 700; }
.summary { margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; list-style: none; padding: 0; }
.summary li { white-space: nowrap; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: baseline; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.count { color: var(--muted); min-width: 7ch; text-align: center; }
.card {
  position: absolute; width: min(26rem, calc(100vw - 24px)); padding: 10px 12px; z-index: 2;
}
.card.above { transform: translateY(-100%); }
.card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px; }
.card .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.card .text { margin: 0 0 6px; max-height: 8.5em; overflow: auto; }
.chain { margin: 0 0 6px; font-weight: 600; }
.chain .role { display: block; font-weight: 400; font-size: 11px; color: var(--muted); }
.score { margin: 0; color: var(--muted); }
.reasons { margin: 2px 0 8px; padding-left: 1.2em; color: var(--muted); font-size: 12px; }
.card label { display: block; font-size: 12px; color: var(--muted); }
.card textarea {
  display: block; width: 100%; min-height: 3.2em; margin-top: 2px; padding: 4px 6px; resize: vertical;
  background: var(--bg); border: 1px solid var(--border); border-radius: 5px;
}
.actions { display: flex; gap: 6px; align-items: center; margin-top: 6px; flex-wrap: wrap; }
.status { font-size: 12px; color: var(--muted); margin: 0; }
.status.error { color: var(--error); }
.close { border: none !important; font-size: 16px; line-height: 1; padding: 0 4px !important; }
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity .08s; } }
@media print { .layer, .bar, .card { display: none !important; } }
`;
