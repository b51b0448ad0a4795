// Node-side helpers for tests that drive Debian's Chromium through playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../scripts/lib/chromium-args.mjs';
import { findChromium } from '../../scripts/lib/run.mjs';

export { serveFolder, type StaticServer } from '../../scripts/lib/serve.mjs';

/** Launches headless Chromium: CHROME_PATH, or Debian's /usr/bin/chromium. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium package or set CHROME_PATH');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}
