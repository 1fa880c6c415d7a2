// Stable claim ids: the same page (normalised URL) and the same sentence (normalised text) give the same id
// on every visit, in every browser and in the CLI. Two independent 32-bit FNV-1a-style hashes make 64 bits.

export function normaliseClaimText(text: string): string {
  // NFKC is costly; only compatibility characters (wide forms, ligatures, odd spaces) need it.
  const folded = /[\u00a0\u2000-\u200a\u2070-\u209f\u2460-\u24ff\ufb00-\ufb4f\uff00-\uffef]/.test(text)
    ? text.normalize('NFKC')
    : text;
  return folded
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function hash32(input: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche so near-identical inputs differ in every hex digit.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export function claimId(pageUrl: string, text: string): string {
  const input = `${pageUrl}\n${normaliseClaimText(text)}`;
  const a = hash32(input, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = hash32(input, 0x01234567).toString(16).padStart(8, '0');
  return `c-${a}${b}`;
}
