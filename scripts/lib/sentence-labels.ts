// Scores the claim extractor's speaker finding and check-worthiness against labelled sentences
// (tests/fixtures/claims/sentences.json and heldout.json). Shared by `npm run eval` and the unit tests.
import { CHECK_WORTHY, scoreSentence } from '../../utils/claims/score';
import { speakersOf } from '../../utils/claims/speakers';
import type { Speaker } from '../../utils/claims/types';

export interface SentenceLabel {
  id: string;
  context: string[];
  text: string;
  following?: string[];
  inQuote: boolean;
  speaker: string | null;
  unnamed: boolean;
  checkWorthy: boolean;
  pattern?: string;
}

export interface SentenceResult {
  label: SentenceLabel;
  speaker: Speaker | null;
  speakerOk: boolean;
  score: number;
  reasons: string[];
}

export interface SentenceSummary {
  total: number;
  speakerCorrect: number;
  /** Of the sentences scored check-worthy (score ≥ CHECK_WORTHY), how many were labelled so. */
  precision: number;
  /** Of the sentences labelled check-worthy, how many scored so. */
  recall: number;
  results: SentenceResult[];
}

export const sameSpeaker = (a: string | null, b: string | null): boolean => {
  const n = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’]/g, "'")
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return a === b || (a !== null && b !== null && n(a) === n(b));
};

export function judgeSentences(items: SentenceLabel[]): SentenceSummary {
  const results = items.map((label): SentenceResult => {
    const sentences = [...label.context, label.text, ...(label.following ?? [])];
    // As the extractor does (utils/claims/extract.ts): a quote resolves within its passage, commentary only
    // bare names.
    const speaker = speakersOf(sentences, label.inQuote ? 'passage' : 'names')[label.context.length];
    const speakerOk =
      sameSpeaker(speaker?.name ?? null, label.speaker) && (!label.unnamed || speaker?.how === 'unnamed');
    const { score, reasons } = scoreSentence(label.text, {
      attributed: speaker !== null,
      reported: label.inQuote,
    });
    return { label, speaker, speakerOk, score, reasons };
  });
  const predicted = results.filter((r) => r.score >= CHECK_WORTHY);
  const positives = results.filter((r) => r.label.checkWorthy);
  const truePositives = predicted.filter((r) => r.label.checkWorthy).length;
  return {
    total: results.length,
    speakerCorrect: results.filter((r) => r.speakerOk).length,
    precision: predicted.length ? truePositives / predicted.length : 0,
    recall: positives.length ? truePositives / positives.length : 0,
    results,
  };
}
