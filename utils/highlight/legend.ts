// The bar's legend: what each mark on the page means, listing only the marks the page shows at the moment.

export type LegendMark = 'passage' | 'dashed' | 'mention' | 'claim' | 'commentary' | 'saved';

export interface LegendEntry {
  mark: LegendMark;
  text: string;
}

/**
 * Which marks are on the page: passages with a solid rule (quoted blocks) or a dashed one (quoted inside the
 * text, or the publication quoting itself), sources named in a lead-in, reported and the blogger's own claims
 * (when the reader asked for claims), claims this reader saved (drawn only in the closed overlay).
 */
export type LegendInput = Record<LegendMark, boolean>;

const WORDS: Record<LegendMark, string> = {
  passage: 'Quoted passage, in its source’s colour',
  dashed: 'Dashed: quoted in the text, or own words',
  mention: 'Underlined: the source named',
  claim: 'Amber: a claim worth checking',
  commentary: 'Dotted: the publication’s claim',
  saved: 'Blue line: a claim you saved',
};

export function legendOf(input: LegendInput): LegendEntry[] {
  return (Object.keys(WORDS) as LegendMark[])
    .filter((mark) => input[mark])
    .map((mark) => ({ mark, text: WORDS[mark] }));
}
