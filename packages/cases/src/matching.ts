/**
 * Matching people: is this new record possibly someone already recorded? A
 * pure, configurable score over names (with common variants such as Jon and
 * John, punctuation as in O'Neill and ONeill, first and last names swapped,
 * and one-letter typos), date of birth (a slipped digit or day and month the
 * wrong way round count for less) and postcode. It only ever proposes: the
 * case service puts a match in the "possible duplicate" queue for a person to
 * decide, and never merges by itself.
 *
 * Runs anywhere (no storage), so a journey can warn early and a test can
 * measure precision and recall over a table of variants.
 */

/** What is compared of a person. */
export interface MatchablePerson {
  readonly givenName: string;
  readonly familyName: string;
  readonly otherNames?: readonly string[];
  readonly dateOfBirth?: string | null;
  readonly postcode?: string | null;
}

export interface MatchWeights {
  readonly familyName: number;
  readonly givenName: number;
  readonly dateOfBirth: number;
  readonly postcode: number;
}

export interface MatchingOptions {
  /** A score at or above this is a possible duplicate; 0.8 by default. */
  readonly threshold?: number;
  /** How much each part counts; they are scaled to sum to 1. */
  readonly weights?: Partial<MatchWeights>;
  /** More groups of names meaning the same person (["Dafydd", "David", "Dai"]), beside the built-in ones. */
  readonly nameVariants?: readonly (readonly string[])[];
  /** Count a name one letter off (added, dropped, changed or two swapped) as nearly the same; true by default. */
  readonly typos?: boolean;
}

/** Why two records matched, as codes: never the values themselves. */
export type MatchReason =
  | 'family-name'
  | 'family-name-variant'
  | 'family-name-typo'
  | 'given-name'
  | 'given-name-variant'
  | 'given-name-typo'
  | 'names-swapped'
  | 'other-name'
  | 'date-of-birth'
  | 'date-of-birth-typo'
  | 'postcode'
  | 'postcode-district';

export interface MatchResult {
  /** 0 to 1. */
  readonly score: number;
  readonly match: boolean;
  readonly reasons: readonly MatchReason[];
}

const DEFAULT_WEIGHTS: MatchWeights = { familyName: 0.3, givenName: 0.25, dateOfBirth: 0.3, postcode: 0.15 };
export const DEFAULT_MATCH_THRESHOLD = 0.8;

/** Short forms and spellings of one name that staff and citizens use for each other. */
const BUILT_IN_VARIANTS: readonly (readonly string[])[] = [
  ['john', 'jon', 'jonathan', 'jonny', 'johnny', 'jack', 'sion', 'ioan'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby'],
  ['william', 'will', 'bill', 'billy', 'liam', 'gwilym'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza'],
  ['catherine', 'katherine', 'kathryn', 'kate', 'katie', 'cath', 'kath', 'catrin'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marged'],
  ['michael', 'mike', 'mick', 'mikey'],
  ['david', 'dave', 'davey', 'dafydd', 'dai'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['thomas', 'tom', 'tommy', 'twm'],
  ['christopher', 'chris', 'kit'],
  ['alexander', 'alex', 'alexandra', 'sandy', 'alec'],
  ['samuel', 'sam', 'sammy', 'samantha'],
  ['daniel', 'dan', 'danny'],
  ['matthew', 'matt', 'matty'],
  ['nicholas', 'nick', 'nicky'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['benjamin', 'ben', 'benny'],
  ['joseph', 'joe', 'joey'],
  ['susan', 'sue', 'susie', 'suzanne'],
  ['jennifer', 'jen', 'jenny'],
  ['stephen', 'steven', 'steve'],
  ['rhys', 'rees', 'reece'],
  ['evan', 'ifan', 'ieuan'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed', 'muhammed'],
];

/** Lower case, accents off, and no spaces, apostrophes, hyphens or dots: "O'Neill" and "o neill" are both "oneill". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The postcode in capitals without spaces. */
function normalisePostcode(postcode: string | null | undefined): string | undefined {
  const key = postcode?.toUpperCase().replace(/[^A-Z0-9]/g, '') ?? '';
  return key.length === 0 ? undefined : key;
}

/** Optimal string alignment distance (an adjacent swap counts as one edit), giving up once past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i += 1) cells[i * width] = i;
  for (let j = 0; j <= b.length; j += 1) cells[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      cells[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

type NameLevel = 'same' | 'variant' | 'typo' | 'none';
const NAME_SCORES: Record<NameLevel, number> = { same: 1, variant: 0.9, typo: 0.8, none: 0 };

/** A matcher with its options applied once: the variant table is built a single time. */
export function createMatcher(options: MatchingOptions = {}): (a: MatchablePerson, b: MatchablePerson) => MatchResult {
  const raw = { ...DEFAULT_WEIGHTS, ...options.weights };
  const total = raw.familyName + raw.givenName + raw.dateOfBirth + raw.postcode;
  const weights: MatchWeights =
    total > 0
      ? {
          familyName: raw.familyName / total,
          givenName: raw.givenName / total,
          dateOfBirth: raw.dateOfBirth / total,
          postcode: raw.postcode / total,
        }
      : DEFAULT_WEIGHTS;
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const typos = options.typos ?? true;
  const groups = new Map<string, Set<number>>();
  [...BUILT_IN_VARIANTS, ...(options.nameVariants ?? [])].forEach((group, index) => {
    for (const name of group) {
      const key = normaliseName(name);
      groups.set(key, (groups.get(key) ?? new Set()).add(index));
    }
  });

  const level = (a: string, b: string): NameLevel => {
    const x = normaliseName(a);
    const y = normaliseName(b);
    if (x.length === 0 || y.length === 0) return 'none';
    if (x === y) return 'same';
    const gx = groups.get(x);
    const gy = groups.get(y);
    if (gx !== undefined && gy !== undefined && [...gx].some((group) => gy.has(group))) return 'variant';
    // One letter off only counts in names long enough that one letter is not most of the name.
    if (typos && Math.min(x.length, y.length) >= 4 && editDistance(x, y, 1) <= 1) return 'typo';
    return 'none';
  };

  const names = (a: MatchablePerson, b: MatchablePerson) => {
    const straight = { family: level(a.familyName, b.familyName), given: level(a.givenName, b.givenName), swapped: false };
    const swapped = { family: level(a.familyName, b.givenName), given: level(a.givenName, b.familyName), swapped: true };
    const value = (pair: typeof straight) => weights.familyName * NAME_SCORES[pair.family] + weights.givenName * NAME_SCORES[pair.given];
    // Swapped names are a common slip on forms, but a little less likely than the names as written.
    const best = value(swapped) * 0.95 > value(straight) ? swapped : straight;
    let score = best.swapped ? value(best) * 0.95 : value(best);
    const reasons: MatchReason[] = [];
    const say = (part: 'family' | 'given', found: NameLevel) => {
      if (found !== 'none') reasons.push(`${part}-name${found === 'same' ? '' : `-${found}`}` as MatchReason);
    };
    say('family', best.family);
    say('given', best.given);
    if (best.swapped) reasons.push('names-swapped');
    // A known-as or previous name can stand in for a given name that does not match.
    if (best.given === 'none' && !best.swapped) {
      const others = [...(a.otherNames ?? []), a.givenName];
      const theirs = [...(b.otherNames ?? []), b.givenName];
      const other = others.some((mine) => theirs.some((name) => level(mine, name) !== 'none'));
      if (other) {
        score += weights.givenName * NAME_SCORES.variant;
        reasons.push('other-name');
      }
    }
    return { score, reasons };
  };

  const birth = (a: MatchablePerson, b: MatchablePerson): { score: number; reason?: MatchReason } => {
    const x = a.dateOfBirth ?? undefined;
    const y = b.dateOfBirth ?? undefined;
    // Unknown is neither for nor against.
    if (x === undefined || y === undefined) return { score: 0.5 };
    if (x === y) return { score: 1, reason: 'date-of-birth' };
    const [xy, xm, xd] = x.split('-');
    const [yy, ym, yd] = y.split('-');
    const dayMonthSwapped = xy === yy && xm === yd && xd === ym;
    if (dayMonthSwapped || editDistance(x, y, 1) <= 1) return { score: 0.7, reason: 'date-of-birth-typo' };
    return { score: 0 };
  };

  const place = (a: MatchablePerson, b: MatchablePerson): { score: number; reason?: MatchReason } => {
    const x = normalisePostcode(a.postcode);
    const y = normalisePostcode(b.postcode);
    if (x === undefined || y === undefined) return { score: 0.5 };
    if (x === y) return { score: 1, reason: 'postcode' };
    // The outward code (before the last three characters) is the district: a move round the corner.
    if (x.length > 3 && y.length > 3 && x.slice(0, -3) === y.slice(0, -3)) return { score: 0.5, reason: 'postcode-district' };
    return { score: 0 };
  };

  return (a, b) => {
    const name = names(a, b);
    const dob = birth(a, b);
    const postcode = place(a, b);
    const score = Math.min(1, name.score + weights.dateOfBirth * dob.score + weights.postcode * postcode.score);
    const reasons = [...name.reasons, ...(dob.reason ? [dob.reason] : []), ...(postcode.reason ? [postcode.reason] : [])];
    return { score: Math.round(score * 1000) / 1000, match: score >= threshold - 1e-9, reasons };
  };
}

/** One comparison with the default options. */
export function matchPeople(a: MatchablePerson, b: MatchablePerson, options: MatchingOptions = {}): MatchResult {
  return createMatcher(options)(a, b);
}
