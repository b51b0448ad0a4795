/**
 * For fast paths that stand in for a zod schema: a check that accepts only what the schema accepts, as it is, and
 * hands everything else to the schema, so the verdict and the message always come from one place.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import * as z from 'zod/mini';

/**
 * Whenever `fast` accepts an input, the schema accepts it too and its output is the input as it is; where `fast`
 * declines, the schema decides. Both sides must be reached (`least` times each), so the property cannot pass empty.
 */
export function holdsToSchema(
  input: fc.Arbitrary<unknown>,
  fast: (value: unknown) => boolean,
  schema: z.ZodMiniType,
  { least = 50, numRuns = 400, seed = 20_261_208 }: { least?: number; numRuns?: number; seed?: number } = {},
): void {
  let accepted = 0;
  let refused = 0;
  fc.assert(
    fc.property(input, (value) => {
      const parsed = z.safeParse(schema, value);
      if (fast(value)) {
        accepted += 1;
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      } else if (!parsed.success) refused += 1;
    }),
    { seed, numRuns },
  );
  expect(accepted).toBeGreaterThan(least);
  expect(refused).toBeGreaterThan(least);
}
