// The page summed up: how its text splits between sources and the blog's own words, the highlight switch, the
// reader's choice of claims (none, the few most worth checking, all) with a keyboard route through them (each
// opens its card), and a legend of the marks. Folds into a small pill. A labelled region; built once and
// updated in place, so a control keeps its focus when the reader uses it (plain DOM: see marks.ts).
import type { ClaimsShown } from '../../utils/highlight/claim-choice';
import type { BarView, OverlayActions } from './view';

type ButtonName =
  | 'toggle-highlights'
  | 'toggle-commentary'
  | 'previous-claim'
  | 'next-claim'
  | 'collapse-bar'
  | 'expand-bar'
  | `claims-${ClaimsShown}`;

const CLAIM_CHOICES: ClaimsShown[] = ['none', 'top', 'all'];

export class ProvenanceBar {
  /** Holds the bar and its pill; one of the two is shown. */
  readonly element: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly pill: HTMLButtonElement;
  private readonly summary: HTMLUListElement;
  private readonly legend: HTMLUListElement;
  private readonly stepping: HTMLElement;
  private readonly count: HTMLSpanElement;
  private readonly buttons = new Map<ButtonName, HTMLButtonElement>();
  private summaryKey = '';
  private legendKey = '';
  private collapsed: boolean | null = null;
  private actions: OverlayActions | null = null;

  constructor(doc: Document) {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') => {
      const e = doc.createElement(tag);
      if (className) e.className = className;
      return e;
    };
    const button = (name: ButtonName, text: string, act: (a: OverlayActions) => void, className = '') => {
      const b = el('button', className);
      b.type = 'button';
      b.dataset.action = name;
      b.textContent = text;
      b.addEventListener('click', () => {
        if (this.actions) act(this.actions);
      });
      this.buttons.set(name, b);
      return b;
    };
    this.element = el('div', 'bar-root');
    this.pill = button('expand-bar', 'Sourcelight', (a) => a.collapseBar(false), 'panel pill');
    this.pill.setAttribute('aria-expanded', 'false');
    this.panel = el('section', 'panel bar');
    this.panel.setAttribute('aria-label', 'Sourcelight: sources on this page');
    const head = el('div', 'bar-head');
    const heading = el('h2');
    heading.textContent = 'Sourcelight';
    this.summary = el('ul', 'summary');
    this.summary.setAttribute('aria-label', "Share of the page's text");
    const fold = button('collapse-bar', '▾', (a) => a.collapseBar(true), 'close');
    fold.setAttribute('aria-label', 'Fold the Sourcelight bar');
    fold.setAttribute('aria-expanded', 'true');
    head.append(heading, this.summary);

    const controls = el('div', 'controls');
    const claims = el('div', 'choice');
    claims.setAttribute('role', 'group');
    claims.setAttribute('aria-label', 'Claims to show');
    const claimsLabel = el('span', 'choice-label');
    claimsLabel.textContent = 'Claims:';
    claimsLabel.setAttribute('aria-hidden', 'true');
    claims.append(
      claimsLabel,
      ...CLAIM_CHOICES.map((shown) => button(`claims-${shown}`, '', (a) => a.chooseClaims(shown))),
    );
    this.count = el('span', 'count');
    this.count.setAttribute('aria-live', 'polite');
    this.stepping = el('div', 'stepping');
    const previous = button('previous-claim', '‹', (a) => a.stepClaim(-1));
    previous.setAttribute('aria-label', 'Previous claim');
    const next = button('next-claim', '›', (a) => a.stepClaim(1));
    next.setAttribute('aria-label', 'Next claim');
    this.stepping.append(previous, this.count, next);
    controls.append(
      button('toggle-highlights', '', (a) => a.toggleHighlights()),
      claims,
      button('toggle-commentary', 'Commentary', (a) => a.toggleCommentary()),
      this.stepping,
    );
    this.legend = el('ul', 'legend');
    this.legend.setAttribute('aria-label', 'What the marks mean');
    // The fold button sits in the corner but comes last in the tab order: the first control is the switch.
    this.panel.append(head, controls, this.legend, fold);
    this.element.append(this.pill, this.panel);
  }

  update(bar: BarView, actions: OverlayActions): void {
    this.actions = actions;
    const doc = this.element.ownerDocument;
    const key = bar.summary.map((e) => `${e.label}\n${e.percent}\n${e.swatch.colour}`).join('\n');
    if (key !== this.summaryKey) {
      this.summaryKey = key;
      const dot = (colour: string) => {
        const d = doc.createElement('span');
        d.className = 'dot';
        d.style.background = colour;
        d.setAttribute('aria-hidden', 'true');
        return d;
      };
      this.summary.replaceChildren(
        ...bar.summary.map((entry) => {
          const item = doc.createElement('li');
          item.append(dot(entry.swatch.colour), `${entry.label} ${entry.percent}%`);
          return item;
        }),
      );
      // The pill keeps the sources' colours, as a reminder of what unfolding it shows.
      this.pill.replaceChildren('Sourcelight', ...bar.summary.map((entry) => dot(entry.swatch.colour)));
    }
    const legendKey = bar.legend.map((e) => e.mark).join(' ');
    if (legendKey !== this.legendKey) {
      this.legendKey = legendKey;
      this.legend.replaceChildren(
        ...bar.legend.map((entry) => {
          const item = doc.createElement('li');
          const key = doc.createElement('span');
          key.className = `key ${entry.mark}`;
          key.setAttribute('aria-hidden', 'true');
          item.append(key, entry.text);
          return item;
        }),
      );
    }
    this.fold(bar.collapsed);
    const claimsOn = bar.highlightsOn && bar.claimHighlights;
    const set = (name: ButtonName, change: (b: HTMLButtonElement) => void) => {
      const b = this.buttons.get(name);
      if (b) change(b);
    };
    set('toggle-highlights', (b) => {
      b.textContent = `Highlights ${bar.highlightsOn ? 'on' : 'off'}`;
      b.setAttribute('aria-pressed', String(bar.highlightsOn));
    });
    const words: Record<ClaimsShown, string> = {
      none: 'None',
      top: `Top ${bar.topCount}`,
      all: `All ${bar.allCount}`,
    };
    for (const shown of CLAIM_CHOICES)
      set(`claims-${shown}`, (b) => {
        b.textContent = words[shown];
        b.setAttribute('aria-pressed', String(bar.claimsShown === shown));
        b.disabled = !claimsOn || (shown !== 'none' && bar.allCount === 0);
      });
    (this.buttons.get('claims-none')?.parentElement as HTMLElement).hidden = !bar.claimHighlights;
    const painting = claimsOn && bar.claimsShown !== 'none';
    set('toggle-commentary', (b) => {
      b.hidden = !painting;
      b.setAttribute('aria-pressed', String(bar.showCommentary));
    });
    this.stepping.hidden = !painting;
    set('previous-claim', (b) => {
      b.disabled = bar.claimCount === 0;
    });
    set('next-claim', (b) => {
      b.disabled = bar.claimCount === 0;
    });
    this.count.textContent = bar.claimPosition
      ? `Claim ${bar.claimPosition} of ${bar.claimCount}`
      : `${bar.claimCount} claims`;
  }

  /** Shows the bar or its pill; the control the reader used hands its focus to the other one. */
  private fold(collapsed: boolean): void {
    if (collapsed === this.collapsed) return;
    const first = this.collapsed === null;
    this.collapsed = collapsed;
    const root = this.element.getRootNode() as Document | ShadowRoot;
    const hadFocus = !first && root.activeElement !== null && this.element.contains(root.activeElement);
    this.pill.hidden = !collapsed;
    this.panel.hidden = collapsed;
    if (hadFocus) (collapsed ? this.pill : this.buttons.get('collapse-bar'))?.focus();
  }
}
