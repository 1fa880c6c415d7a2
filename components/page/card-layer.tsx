// The claim card's own module: Preact and the card, loaded the first time a card opens
// (inject/card-loader.ts), so the session that draws a page's first marks neither carries nor compiles them.
import { render } from 'preact';
import { ClaimCard } from './ClaimCard';
import type { CardProps } from './view';

/** Draws the card in `layer`, or takes it away (null). */
export function renderCard(layer: HTMLElement, props: CardProps | null): void {
  render(props ? <ClaimCard key={props.card.claim.id} {...props} /> : null, layer);
}
