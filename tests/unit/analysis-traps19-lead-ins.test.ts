// Lead-ins of the twenty-seventh held-out set's traps (lead-in.ts, quoted-runs.ts): a club's statutes its writers
// wrote are a document, not the writers pointing back at their own words; a short quoted sentence after a lead-in
// turning to someone's words is theirs.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { pointsBackItself, turnsToWords } from '../../utils/analysis/lead-in';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const quotes = (body: string, lang = 'en', url = 'https://club.example/appeal') =>
  analyzePage(page(body, lang), { url, outlets: defaultOutlets }).report.quotes.map(
    (q) => `${q.kind}:${q.text.trim().split(/\s+/).slice(-3).join(' ')}`,
  );

const PROSE =
  '<p>For twenty-eight years our little club has kept four boats and a lot of stubborn volunteers on the bank below the bridge.</p>';

describe('a writer’s verb in a relative clause on a document (pointsBackItself)', () => {
  it('leaves the document speaking', () => {
    expect(
      pointsBackItself('As our constitution, which we wrote when the club started in 1998, puts it:'),
    ).toBe(false);
    expect(
      pointsBackItself('Com diuen els nostres estatuts, que vam escriure el 1973 i que encara llegim:'),
    ).toBe(false);
  });

  it('still points back without a document, or outside the clause', () => {
    expect(pointsBackItself('As we wrote in March:')).toBe(true);
    expect(pointsBackItself('Com vam escriure el 1973, que encara llegim:')).toBe(true);
    expect(pointsBackItself('Our friends, who read it, liked what we wrote in March:')).toBe(true);
  });

  it('reads the statutes as a document on the page', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>Com diuen els nostres estatuts, que vam escriure el 1973 i que encara llegim a cada assemblea:</p><p>« L'associació té per objecte mantenir viva la sardana al barri, organitzar ballades obertes a tothom i donar suport a la cobla. »</p>${PROSE}</article>`,
        'ca',
      ),
    ).toEqual(['document:la cobla. »']);
  });
});

describe('a short quoted sentence after a lead-in turning to someone’s words (shortQuotedAfterSaid)', () => {
  const SHORT = '<p>“I have rowed from this bank since I was twelve and I am not stopping now.”</p>';

  it('turnsToWords reads the turn', () => {
    expect(
      turnsToWords('The Gazette covered the flood, but the person who said it best was our oldest member:'),
    ).toBe(true);
    expect(turnsToWords('Our oldest member had a view on it, and this is it:')).toBe(false);
  });

  it('is that person’s words', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>The Gazette covered the flood, but the person who said it best was our oldest member, at the door:</p>${SHORT}${PROSE}</article>`,
      ),
    ).toEqual(['person:not stopping now.”']);
  });

  it('not after a lead-in that turns nowhere', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>Our oldest member had a view on it, and this is it:</p>${SHORT}${PROSE}</article>`,
      ),
    ).toEqual([]);
  });
});
