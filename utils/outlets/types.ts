/** Every kind of outlet, in the order the docs' tables list them. */
export const OUTLET_KINDS = [
  'wire',
  'broadcaster',
  'newspaper',
  'magazine',
  'digital',
  'state-media',
  'blog',
  'newsletter',
  'aggregator',
] as const;

export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface Outlet {
  /** The one name the product shows, e.g. "The New York Times". */
  name: string;
  /** Other ways pages write it: "New York Times", "NYT", "NYTimes". Case-insensitive matching. */
  aliases: string[];
  /**
   * Its official name in the languages whose name differs from `name`, by ISO 639-1 code: Keystone-SDA is
   * `{ fr: 'Keystone-ATS', it: 'Keystone-ATS' }`. Each is also `name` or one of `aliases` (the lookups find it
   * there); a report on a page in that language gives it instead of `name` (utils/analysis/names-in-language.ts).
   */
  names?: Readonly<Record<string, string>>;
  /** Registrable domains; subdomains resolve to them ("money.cnn.com" → cnn.com). */
  domains: string[];
  kind: OutletKind;
  /** ISO 3166-1 alpha-2, or "INT" for multinational. */
  country: string;
  /** Short names used for back-references ("the Times", "the Post"), matched only after the outlet was named. */
  shortNames?: string[];
  /** Social accounts (lower-case handles without @) that identify the outlet in embedded posts. */
  handles?: string[];
  /**
   * Parts of the outlet that readers know by a name of their own: a local station, a nation's or a region's
   * service ("BBC Radio Cumbria", "BBC Scotland"). Each is found in text as an outlet of that name, of this
   * outlet's kind and country, `partOf` this one (./services.ts); the domains stay this outlet's.
   */
  services?: string[];
  /** Other names of some of `services`, by the service's name, as its listeners say it: "NC la 1ère" for
   * "Nouvelle-Calédonie la 1ère". Each becomes one of that service's aliases. */
  serviceAliases?: Record<string, string[]>;
  /** The outlet a service belongs to (set on the outlets ./services.ts makes of `services`). */
  partOf?: string;
  /**
   * Where the entry comes from: the curated table (./data.ts; also when absent) or the public dataset
   * (./dataset.json), whose outlets are found by name and domain but in running text only by distinctive
   * names. "ZZ" is a dataset outlet's country when the dataset gives none.
   */
  source?: 'curated' | 'dataset';
}

/** A mention of an outlet in running text. */
export interface OutletMentionRef {
  outlet: Outlet;
  /** UTF-16 offsets into the text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
}

export interface MentionOptions {
  /**
   * Outlets already named on the page, in the order they were named. Their short names ("the Times",
   * "the Post") then count too; a short name shared by several of them means the one named last.
   */
  backReferences?: readonly Outlet[];
  /**
   * The text of the page the mentions are read on, asked for only when a short name is met. A short name counts
   * too for the one outlet among those written so whose place the page names: the rest of its name, in title
   * case ("the Sun" on a page that names Baltimore is The Baltimore Sun, "the Banner" The Baltimore Banner), as
   * local blogs call their city's paper. Named outlets (`backReferences`) come first; two such places named
   * name neither.
   */
  pageText?: () => string;
}

/**
 * Lookups over one outlets table. The analyser receives one rather than importing the table, so the content
 * script can get the table from the background instead of carrying it (see utils/outlets/lookup.ts).
 */
export interface OutletLookup {
  byName(name: string): Outlet | null;
  byHost(hostOrUrl: string): Outlet | null;
  byHandle(handle: string): Outlet | null;
  mentions(text: string, options?: MentionOptions): OutletMentionRef[];
  canonicalPublication(nameOrHost: string): string | null;
  /**
   * Whether some outlet of the table goes by these words as a short name ("the Times", "The TIMES"; compared by
   * `shortNameKey`). Optional: a reader of short names without it weighs every outlet the page named, which means
   * finding every outlet in the page's text.
   */
  hasShortName?(words: string): boolean;
  /**
   * The same lookups for a page in this language (an ISO 639-1 code, or null): a name several outlets share
   * ("Дневник", a Bulgarian and a Serbian daily) means the one of a country the language is written in
   * (./case-endings.json lists them). With the page's country (ISO 3166-1 alpha-2, when the page says it; or a
   * function giving it, asked when a shared name is first met), the one of that country comes first ("The
   * Express" on a page from Trinidad and Tobago). Optional: a lookup without it names the shared name's usual
   * outlet.
   */
  inLanguage?(language: string | null, country?: string | null | (() => string | null)): OutletLookup;
}
