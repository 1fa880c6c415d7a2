// A newsroom as the subject of an interview in Indonesian and French, the verb's parts perhaps around where it
// went (lead-in-words.json's interviewed and interviewedSplit), and regional newsrooms the table knows as
// services of their network (Yle's regions, Tribun's regional editions).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { newsroomAtWork } from '../../utils/analysis/lead-in-names';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const atWork = (sentence: string) => newsroomAtWork(sentence, () => false)?.name ?? null;

const first = (lead: string, words: string, lang: string) =>
  analyzePage(
    page(
      `<article><p>Jalur baru itu belum juga jalan, dan di halte orang-orang masih menunggu lama setiap pagi.</p><p>${lead}</p><p>${words}</p><p>Besok kita lihat lagi apakah ada perubahan.</p></article>`,
      lang,
    ),
    { url: 'https://catatan.example/2026/12/', outlets: defaultOutlets },
  ).report.quotes[0];

describe('a newsroom that interviewed someone, in Indonesian and French', () => {
  it('reads the Indonesian verbs of interviewing after a newsroom’s name', () => {
    expect(atWork('Warta Sanur sempat mewawancarai seorang sopir di terminal:')).toBe('Warta Sanur');
    expect(atWork('Kabar Renon berbincang dengan seorang pedagang:')).toBe('Kabar Renon');
    expect(atWork('Suara Dewata bertanya kepada kepala dinas:')).toBe('Suara Dewata');
    expect(atWork('Kabar Renon datang ke pasar dan mewawancarai seorang pedagang:')).toBe('Kabar Renon');
  });

  it('reads the French verb after where the newsroom went, a few words between', () => {
    expect(atWork("L'Écho de Yopougon est allé au marché de Treichville interroger une vendeuse :")).toBe(
      "L'Écho de Yopougon",
    );
    expect(atWork("Radio Lagune est allée à l'embarcadère rencontrer un piroguier :")).toBe('Radio Lagune');
    expect(atWork('Radio Lagune est allée au port hier :')).toBeNull();
    // The same in Spanish: "fue hasta el puerto a hablar con".
    expect(atWork('Radio Chaco fue hasta el puerto a hablar con un balsero:')).toBe('Radio Chaco');
  });

  it('names no person who went to ask', () => {
    expect(atWork('Jean Kouassi est allé au marché interroger une vendeuse :')).toBeNull();
  });

  it('credits a regional newsroom of a network by its own name', () => {
    const yle = first(
      'Yle Oulu jututti torilla kalakauppiasta:',
      '”Minulla on ollut tämä koju kolmekymmentä vuotta, mutta näin hiljaista joulua en muista koskaan nähneeni.”',
      'fi',
    );
    expect([yle?.kind, yle?.outlet]).toEqual(['outlet', 'Yle Oulu']);
    const tribun = first(
      'Tribun Jogja sempat mewawancarai seorang pedagang di Malioboro:',
      '“Kalau busnya tidak berhenti di sini lagi, pembeli saya dari kampung tidak bisa datang setiap pagi seperti dulu.”',
      'id',
    );
    expect([tribun?.kind, tribun?.outlet]).toEqual(['outlet', 'Tribun Jogja']);
    const rti = first(
      "La RTI est allée au marché d'Adjamé interroger une commerçante :",
      "« Moi je vends ici depuis dix ans, et c'est la première fois que le bateau ne vient pas pendant un mois entier. »",
      'fr',
    );
    expect([rti?.kind, rti?.outlet]).toEqual(['outlet', 'RTI']);
  });

  it('reads RTI, an acronym other bodies share, only as a credit or beside a source’s cue', () => {
    expect(defaultOutlets.mentions('He filed an RTI application with the district office.')).toEqual([]);
  });
});
