// What a passage's own form says when nothing names its source: a letter or an e-mail ("Hi, thanks for your
// email…", "Kind regards, the team") is a person's, a numbered clause ("Section 14(c).", "§ 3", "Article 5.")
// a document's. Read from the passage's first and last words.

const OPENING =
  /^\s*["“]?(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!:]|thanks? (?:you )?for (?:contacting|getting in touch|reaching out|your (?:e-?mail|message|enquiry|inquiry|letter|query|complaint|patience)|the (?:e-?mail|message|note|letter)))/i;
const CLOSING =
  /(?:kind regards|best regards|warm regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|many thanks|thanks again)[,.!]?[\s\p{L}.'’&-]{0,60}$/iu;

export function looksLikeLetter(text: string): boolean {
  return OPENING.test(text.slice(0, 120)) || CLOSING.test(text.slice(-120));
}

const CLAUSE = /^\s*(?:§\s*\d|(?:section|article|clause|rule|art\.)\s+\d+[\p{L}\d().]*[.:]\s)/iu;

export function looksLikeClause(text: string): boolean {
  return CLAUSE.test(text.slice(0, 60));
}
