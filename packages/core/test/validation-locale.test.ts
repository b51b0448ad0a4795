import { expect, test } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import { parseInput } from '../src/index.js';
test('our messages win over a globally loaded zod locale', () => {
  z.config(z.locales.en());
  expect(() => parseInput(zm.object({ colour: zm.enum(['red', 'blue']) }), { colour: 'pink' })).toThrow(
    '`colour` must be one of: "red", "blue"',
  );
  expect(() => parseInput(zm.object({ name: zm.string().check(zm.minLength(1, 'Enter your name')) }), { name: '' })).toThrow(
    'Enter your name',
  );
});
