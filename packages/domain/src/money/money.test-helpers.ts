import { expect } from 'vitest';
import type { Kroner } from './kroner.js';

/** Asserts that every part is whole kroner and that the parts add up to exactly the whole. */
export function expectPartsSumToWhole(parts: readonly Kroner[], whole: Kroner): void {
  for (const part of parts) expect(Number.isSafeInteger(part)).toBe(true);
  expect(parts.reduce((sum, part) => sum + part, 0)).toBe(whole);
}
