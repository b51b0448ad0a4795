// Runs the CLI in this process with its output captured, as a person at a terminal would see it.
import { main } from '../../src/cli/index.js';

export async function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text), cwd: options.cwd, env: options.env ?? {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
