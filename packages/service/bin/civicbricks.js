#!/usr/bin/env node
// The `civicbricks` command: the built CLI, with this process's arguments, environment and folder.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
});
