// Hosts of the twenty-ninth held-out set's pages (publication.ts, data/platform-names.json): a member's model card on
// a machine-learning model host, a writer's post on Brunch Story and a creator's devlog on the creator's subdomain of a
// games store name no publication.
import { describe, expect, it } from 'vitest';
import platformNames from '../../utils/analysis/data/platform-names.json';
import { findPublication } from '../../utils/analysis/publication';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const BODY =
  '<article><p>A small model that fills gaps in tide-gauge records, trained on eleven years of readings.</p></article>';
const publicationAt = (url: string, head: string) => {
  const doc = page(BODY, 'en', head);
  return findPublication(doc, url, doc.querySelector('article'), defaultOutlets).name;
};

describe('model hosts and writing hosts (communityHosts)', () => {
  it('lists them in lower case', () => {
    for (const host of ['hugging face', 'huggingface', '브런치스토리', 'brunchstory'])
      expect(platformNames.communityHosts).toContain(host);
  });

  it('makes a member’s model card name no publication, by the title or by the host’s domain', () => {
    expect(
      publicationAt(
        'https://huggingface.co/tidewatch/gauge-gap-filler',
        '<title>tidewatch/gauge-gap-filler · Hugging Face</title>',
      ),
    ).toBeNull();
    expect(
      publicationAt('https://huggingface.co/tidewatch/gauge-gap-filler', '<title>Gauge gap filler</title>'),
    ).toBeNull();
  });

  it('makes a writer’s post on Brunch Story name no publication, not the host', () => {
    expect(
      publicationAt(
        'https://brunch.co.kr/@lighthousegirl/42',
        '<title>겨울 바다의 첫 배</title><meta property="og:site_name" content="브런치스토리">',
      ),
    ).toBeNull();
  });

  it('still names a blog titled with its own name', () => {
    expect(publicationAt('https://tidenotes.example/2026/12/gaps/', '<title>Gaps | Tide Notes</title>')).toBe(
      'Tide Notes',
    );
  });
});

describe('a creator’s subdomain of a games store (bodySubdomainHosts)', () => {
  it('lists the store’s domain', () => {
    expect(platformNames.bodySubdomainHosts).toContain('itch.io');
  });

  it('makes a devlog on a creator’s subdomain name no publication, not the game by its maker', () => {
    expect(
      publicationAt(
        'https://tinkerkiln.itch.io/glaze-lab/devlog/90211/version-03',
        '<title>Version 0.3: the kiln cools slower - Glaze Lab by tinkerkiln</title>',
      ),
    ).toBeNull();
  });

  it('still names a site whose own domain merely ends like the store’s', () => {
    expect(publicationAt('https://notes.switch.io/2026/12/gaps/', '<title>Gaps | Switch Notes</title>')).toBe(
      'Switch Notes',
    );
  });
});
