// The warm-space example as objects a test can change: the manifest with its journey inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const exampleDir = join(import.meta.dirname, '..', '..', 'examples', 'warm-space');

/** A fresh copy on every call, so a test can break it without touching another's. */
export function warmSpaceManifest(): Record<string, unknown> & { journeys: { definition: Record<string, unknown> }[] } {
  const manifest = JSON.parse(readFileSync(join(exampleDir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    journeys: { definition: Record<string, unknown> }[];
  };
  const journey = JSON.parse(readFileSync(join(exampleDir, 'journey.json'), 'utf8')) as Record<string, unknown>;
  manifest.journeys[0]!.definition = journey;
  return manifest;
}
