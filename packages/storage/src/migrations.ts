import { CivicError } from '@civicbricks/core';
import type { MigrationStep } from './backend.js';

/**
 * Decides which of a brick's migrations still have to run, given the ones the
 * database says were applied. Shared by every adapter so the rules are the
 * same everywhere: applied versions are skipped (running twice is harmless);
 * an applied version under a different name means history was edited; a new
 * version below one already applied cannot be slotted into the past
 * (migrations are forward-only).
 */
export function pendingMigrations(brick: string, applied: ReadonlyMap<number, string>, steps: readonly MigrationStep[]): MigrationStep[] {
  let highestApplied = 0;
  for (const version of applied.keys()) highestApplied = Math.max(highestApplied, version);
  const pending: MigrationStep[] = [];
  for (const step of steps) {
    const appliedName = applied.get(step.version);
    if (appliedName !== undefined) {
      if (appliedName !== step.name) {
        throw new CivicError(
          'storage.migration_mismatch',
          `Migration ${brick} v${step.version} was applied as "${appliedName}" but is now called "${step.name}": applied migrations must never change. Add a new version instead.`,
        );
      }
      continue;
    }
    if (step.version < highestApplied) {
      throw new CivicError(
        'storage.migration_out_of_order',
        `Migration ${brick} v${step.version} is new but v${highestApplied} is already applied: migrations are forward-only, so give it a version above ${highestApplied}.`,
      );
    }
    pending.push(step);
  }
  return pending;
}
