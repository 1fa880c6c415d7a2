// W3C Web Annotation Data Model (JSON-LD): one Annotation per claim, in an AnnotationCollection. A claim with a
// note is "commenting" with the note as a TextualBody; one without is "highlighting". Tags are "tagging"
// bodies; the outlet, the speaker and the chain of attribution are "describing" bodies. Bodies are shown text, so
// invisible direction and zero-width characters are left out; the selector keeps the page's text exactly, as
// anchoring needs it.
import type { ClaimRecord } from '../storage/types';
import { visibleText } from '../text/visible';
import { attributionChain, isoDate, speakerName } from './chain';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging' | 'describing';
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export function toAnnotation(claim: ClaimRecord): Annotation {
  const body: TextualBody[] = [];
  if (claim.note.trim())
    body.push({
      type: 'TextualBody',
      value: visibleText(claim.note),
      format: 'text/plain',
      purpose: 'commenting',
    });
  for (const tag of claim.tags)
    body.push({ type: 'TextualBody', value: visibleText(tag), purpose: 'tagging' });
  // Provenance, so a reader's annotation tool keeps whose words these are: outlet, speaker, the whole chain.
  const describe = (value: string) =>
    body.push({
      type: 'TextualBody',
      value: visibleText(value),
      format: 'text/plain',
      purpose: 'describing',
    });
  if (claim.outlet) describe(`Outlet: ${claim.outlet}`);
  const speaker = speakerName(claim);
  if (speaker) describe(`Speaker: ${speaker}`);
  const chain = attributionChain(claim);
  if (chain) describe(`Chain: ${chain}`);
  const { quote, position } = claim.selector;
  return {
    id: `urn:sourcelight:claim:${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: claim.note.trim() ? 'commenting' : 'highlighting',
    created: isoDate(claim.savedAt ?? claim.updatedAt),
    modified: isoDate(claim.updatedAt),
    ...(body.length ? { body } : {}),
    target: {
      source: claim.pageUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

export function toAnnotationCollection(claims: ClaimRecord[], exportedAt: number): string {
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: `urn:sourcelight:export:${exportedAt}`,
    type: 'AnnotationCollection',
    label: 'Sourcelight saved claims',
    total: claims.length,
    first: {
      id: `urn:sourcelight:export:${exportedAt}:page:0`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: claims.map(toAnnotation),
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
