// Quotation marks as pages write them, shared by the analyser (set-apart.ts re-exports them) and the content
// script's first look (utils/highlight/quick-look.ts), which must not load the rest of set-apart.ts.

/** Opening quotation marks with their closing ones (English, French both ways, German, Japanese; Finnish and
 * Swedish open with the closing mark, ”…”). */
export const OPEN_CLOSE: Readonly<Record<string, string>> = {
  '“': '”',
  '”': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“',
  '‚': '‘',
  '‘': '’',
  '「': '」',
  '『': '』',
};

/** The opening marks of quotations as a page writes them inline or as a cheap sign of one: the single marks
 * (‘ ‚) are left out, since apostrophes and nested quotes use them, and so is ”, which closes every English
 * quotation (only a paragraph opening on it is read as opening one). */
export const DOUBLE_OPENERS: readonly string[] = Object.keys(OPEN_CLOSE).filter(
  (m) => m !== '‘' && m !== '‚' && m !== '”',
);
