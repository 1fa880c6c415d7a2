// The page summed up: how its text splits between sources and the blog's own words, the highlight switch,
// and a keyboard route through the claims (each opens its card). Dismissable; a labelled region. Built once
// and updated in place, so a control keeps its focus when the reader uses it (plain DOM: see marks.ts).
import type { BarView, OverlayActions } from './view';

type ButtonName = 'toggle-highlights' | 'toggle-commentary' | 'previous-claim' | 'next-claim' | 'dismiss';

export class ProvenanceBar {
  readonly element: HTMLElement;
  private readonly summary: HTMLUListElement;
  private readonly count: HTMLSpanElement;
  private readonly buttons = new Map<ButtonName, HTMLButtonElement>();
  private summaryKey = '';
  private actions: OverlayActions | null = null;

  constructor(doc: Document) {
    const el = (tag: string, className = '') => {
      const e = doc.createElement(tag);
      if (className) e.className = className;
      return e;
    };
    this.element = el('section', 'panel bar');
    this.element.setAttribute('aria-label', 'Sourcelight: sources on this page');
    const heading = el('h2');
    heading.textContent = 'Sourcelight';
    this.summary = el('ul', 'summary') as HTMLUListElement;
    this.summary.setAttribute('aria-label', "Share of the page's text");
    const controls = el('div', 'controls');
    this.count = el('span', 'count') as HTMLSpanElement;
    this.count.setAttribute('aria-live', 'polite');
    const button = (
      name: ButtonName,
      text: string,
      label: string | null,
      act: (a: OverlayActions) => void,
    ) => {
      const b = el('button') as HTMLButtonElement;
      b.type = 'button';
      b.dataset.action = name;
      b.textContent = text;
      if (label) b.setAttribute('aria-label', label);
      b.addEventListener('click', () => {
        if (this.actions) act(this.actions);
      });
      this.buttons.set(name, b);
      return b;
    };
    const close = button('dismiss', '×', 'Hide the Sourcelight bar', (a) => a.dismissBar());
    close.className = 'close';
    controls.append(
      button('toggle-highlights', '', null, (a) => a.toggleHighlights()),
      button('toggle-commentary', 'Commentary', null, (a) => a.toggleCommentary()),
      button('previous-claim', '‹', 'Previous claim', (a) => a.stepClaim(-1)),
      this.count,
      button('next-claim', '›', 'Next claim', (a) => a.stepClaim(1)),
      close,
    );
    this.element.append(heading, this.summary, controls);
  }

  update(bar: BarView, actions: OverlayActions): void {
    this.actions = actions;
    const key = bar.summary.map((e) => `${e.label}\n${e.percent}\n${e.swatch.colour}`).join('\n');
    if (key !== this.summaryKey) {
      this.summaryKey = key;
      const doc = this.element.ownerDocument;
      this.summary.replaceChildren(
        ...bar.summary.map((entry) => {
          const item = doc.createElement('li');
          const dot = doc.createElement('span');
          dot.className = 'dot';
          dot.style.background = entry.swatch.colour;
          dot.setAttribute('aria-hidden', 'true');
          item.append(dot, `${entry.label} ${entry.percent}%`);
          return item;
        }),
      );
    }
    const claimsUsable = bar.highlightsOn && bar.claimHighlights && bar.claimCount > 0;
    const set = (name: ButtonName, change: (b: HTMLButtonElement) => void) => {
      const b = this.buttons.get(name);
      if (b) change(b);
    };
    set('toggle-highlights', (b) => {
      b.textContent = `Highlights ${bar.highlightsOn ? 'on' : 'off'}`;
      b.setAttribute('aria-pressed', String(bar.highlightsOn));
    });
    set('toggle-commentary', (b) => {
      b.hidden = !bar.claimHighlights;
      b.setAttribute('aria-pressed', String(bar.showCommentary));
      b.disabled = !bar.highlightsOn;
    });
    set('previous-claim', (b) => {
      b.disabled = !claimsUsable;
    });
    set('next-claim', (b) => {
      b.disabled = !claimsUsable;
    });
    this.count.textContent = bar.claimPosition
      ? `Claim ${bar.claimPosition} of ${bar.claimCount}`
      : `${bar.claimCount} claims`;
  }
}
