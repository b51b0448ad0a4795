// PGlite is a dependency of the storage brick, not of this one: load the copy storage uses.
import type { PgliteStoreOptions } from '@civicbricks/storage';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type PgliteInstance = NonNullable<PgliteStoreOptions['pglite']>;

export async function openPglite(dataDir?: string): Promise<PgliteInstance> {
  const resolved = createRequire(new URL('../../storage/package.json', import.meta.url)).resolve('@electric-sql/pglite');
  const module = (await import(pathToFileURL(join(dirname(resolved), 'index.js')).href)) as {
    PGlite: new (dataDir?: string) => PgliteInstance & { waitReady: Promise<void> };
  };
  const instance = new module.PGlite(dataDir);
  await instance.waitReady;
  return instance;
}
