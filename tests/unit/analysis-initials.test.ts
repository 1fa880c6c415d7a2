// A newsroom named by the initials of a name an earlier passage of the post was credited to
// (utils/analysis/initials.ts): "VN tillägger:" after "Västra Nyland skriver:".
import { describe, expect, it } from 'vitest';
import countryInitials from '../../utils/analysis/data/country-initials.json';
import { initialsBack, initialsOf, initialsOpening } from '../../utils/analysis/initials';

const earlier = (...names: string[]) => names.map((outlet) => ({ outlet }));

describe('initialsOf', () => {
  it('spells every word, and without an opening article or linking words', () => {
    expect([...initialsOf('Les Nouvelles calédoniennes')].sort()).toEqual(['LNC', 'NC']);
    expect(initialsOf('The Des Moines Register').has('DMR')).toBe(true);
    expect(initialsOf('Voice of the Valley').has('VV')).toBe(true);
    expect(initialsOf('Västra Nyland').has('VN')).toBe(true);
    expect(initialsOf("L'Unione Sarda").has('US')).toBe(true);
  });

  it('has none for a name of one word', () => {
    expect(initialsOf('Sigmalive').size).toBe(0);
  });
});

describe('initialsOpening', () => {
  it('names the earlier outlet whose initials open a short hand-over', () => {
    expect(initialsOpening('VN tillägger:', earlier('Västra Nyland'))?.outlet).toBe('Västra Nyland');
    expect(initialsOpening('And NOB also notes:', earlier('Northern Ontario Business'))?.outlet).toBe(
      'Northern Ontario Business',
    );
    expect(initialsOpening('Et LNC précise :', earlier('Les Nouvelles calédoniennes'))?.outlet).toBe(
      'Les Nouvelles calédoniennes',
    );
  });

  it('reads initials written with the name’s own letters', () => {
    expect(initialsOpening('ÅU skriver:', earlier('Åbo Underrättelser'))?.outlet).toBe('Åbo Underrättelser');
  });

  it('takes the nearest earlier outlet the initials fit', () => {
    expect(
      initialsOpening('NB adds:', earlier('Nelson Bulletin', 'Northern Beacon', 'Reuters'))?.outlet,
    ).toBe('Northern Beacon');
  });

  it('names nothing for initials no earlier outlet has, a country, or a long sentence', () => {
    expect(initialsOpening('VN tillägger:', earlier('Reuters'))).toBeNull();
    expect(initialsOpening('US officials said:', earlier("L'Unione Sarda"))).toBeNull();
    expect(
      initialsOpening(
        'VN was where I first read about the plan, years ago, and I still think:',
        earlier('Västra Nyland'),
      ),
    ).toBeNull();
    expect(initialsOpening('vn tillägger:', earlier('Västra Nyland'))).toBeNull();
  });
});

describe('initialsBack', () => {
  it('turns capitals read as a newsroom of their own into the earlier outlet they spell', () => {
    expect(initialsBack('KEB', 'KEB', 'KEB adds:', earlier('Kirkholm Evening Bugle'))?.outlet).toBe(
      'Kirkholm Evening Bugle',
    );
    expect(initialsBack('The DC', 'DC', 'The DC adds:', earlier('Dumfries Courier'))?.outlet).toBe(
      'Dumfries Courier',
    );
  });

  it('leaves words that are no initials, or an outlet already named so', () => {
    expect(initialsBack('Bugle', 'Bugle', 'The Bugle adds:', earlier('Kirkholm Evening Bugle'))).toBeNull();
    expect(
      initialsBack('KEB', 'Kirkholm Evening Bugle', 'KEB adds:', earlier('Kirkholm Evening Bugle')),
    ).toBeNull();
  });
});

describe('data/country-initials.json', () => {
  it('holds capitals of two to five letters, each once', () => {
    expect(countryInitials.initials.length).toBeGreaterThan(0);
    for (const word of countryInitials.initials) expect(word).toMatch(/^\p{Lu}{2,5}$/u);
    expect(new Set(countryInitials.initials).size).toBe(countryInitials.initials.length);
  });
});
