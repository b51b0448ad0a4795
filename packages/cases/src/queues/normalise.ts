/**
 * Search keys: the forms names and postcodes are compared in, so that a
 * caseworker finds "Siân O'Neill" by typing "sian oneill", "ONeill" or
 * "o’neill sian", and "cf101aa" finds CF10 1AA.
 */

const APOSTROPHES = /['’‘`´ʼ]/g;
const SEPARATORS = /[\s\-‐‑–—.,_/]+/g;

/**
 * A name as search compares it: accents and other marks removed (NFKD),
 * lower case, apostrophes dropped (O'Neill and ONeill are one name), hyphens,
 * dots and runs of spaces made single spaces.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

/**
 * The keys a name is found by: each of its words first, the others following
 * in turn, so that "Zoë Smith-Jones" is found by "zoe smith", "smith jones",
 * "jones zoe" or any start of those. At most eight words are used.
 */
export function nameKeys(name: string): readonly string[] {
  const words = normaliseName(name)
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 8);
  const keys = words.map((_, start) => [...words.slice(start), ...words.slice(0, start)].join(' '));
  return [...new Set(keys)];
}

const FULL_POSTCODE = /^(GIR|[A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;

/** A postcode or its start, as search compares it: capitals, letters and digits only (`cf10 1aa` → `CF101AA`). */
export function postcodeKey(postcode: string): string {
  return postcode.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The parts of a full UK postcode, or undefined when it is not one. */
export function postcodeParts(
  postcode: string,
): { readonly formatted: string; readonly area: string; readonly district: string; readonly sector: string } | undefined {
  const match = FULL_POSTCODE.exec(postcodeKey(postcode));
  if (!match?.[1] || !match[2]) return undefined;
  const district = match[1];
  const inward = match[2];
  return {
    formatted: `${district} ${inward}`,
    area: /^[A-Z]+/.exec(district)?.[0] ?? district,
    district,
    sector: `${district} ${inward[0] ?? ''}`,
  };
}

/** A patch entry as written in a case type, made comparable: capitals and one space (`cf10  1` → `CF10 1`). */
export function patchEntryKey(entry: string): string {
  return entry.toUpperCase().trim().replace(/\s+/g, ' ');
}

/** An area (`CF`), district (`CF10`) or sector (`CF10 1`). */
export const PATCH_ENTRY = /^(?:[A-Z]{1,2}|[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d[A-Z\d]? \d)$/;
