// `npm run pack:all [-- <folder>]`: packs every public package with pnpm into a folder (default `packed/`),
// exactly as `pnpm publish` would upload them, so a release can be checked or installed from the tarballs.
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { main, root } from './lib/run.mjs';
import { packPackage, publicPackages } from './lib/packages.mjs';

await main(async () => {
  const destination = resolve(process.argv[2] ?? resolve(root, 'packed'));
  mkdirSync(destination, { recursive: true });
  for (const { dir, manifest } of publicPackages()) {
    const tarball = packPackage(dir, destination);
    console.log(`${manifest.name}@${manifest.version}  ${relative(process.cwd(), tarball)}`);
  }
});
