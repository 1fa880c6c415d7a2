// Countries' English names, which a lead-in gives as where a piece came from ("filed this from New Zealand:"),
// never as a newsroom.

let names: ReadonlySet<string> | null = null;

/** The English names the runtime's Intl knows for the two-letter region codes, lower case, made on first use. */
function countryNames(): ReadonlySet<string> {
  if (names) return names;
  const found = new Set<string>();
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const name = display.of(String.fromCharCode(a, b));
        if (name) found.add(name.toLowerCase());
      }
  } catch {
    // A runtime without region names knows no country: every name is read as before.
  }
  names = found;
  return names;
}

/** Whether `name` is a country's or territory's English name, with or without a leading "the" ("New Zealand",
 * "the Philippines"). */
export const isCountryName = (name: string): boolean =>
  countryNames().has(
    name
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase(),
  );
