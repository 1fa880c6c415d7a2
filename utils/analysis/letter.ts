// A passage that is a letter or an e-mail ("Hi, thanks for your email…", "Kind regards, the team"): written by
// a person or an office to someone, never an outlet's report. Read from the passage's first and last words.

const OPENING =
  /^\s*["“]?(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!:]|thanks? (?:you )?for (?:contacting|getting in touch|reaching out|your (?:e-?mail|message|enquiry|inquiry|letter|query|complaint|patience)|the (?:e-?mail|message|note|letter)))/i;
const CLOSING =
  /(?:kind regards|best regards|warm regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|best wishes|many thanks|thanks again)[,.!]?[\s\p{L}.'’&-]{0,60}$/iu;

export function looksLikeLetter(text: string): boolean {
  return OPENING.test(text.slice(0, 120)) || CLOSING.test(text.slice(-120));
}
