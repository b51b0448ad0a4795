export const root: string;
export function findChromium(): string | undefined;
export const chromiumHelp: string;
export function ensureInstalled(): Promise<void>;
export function hasPostgres(): boolean;
export function ensureSystemPackages(): Promise<{ ok: true } | { ok: false; command: string }>;
export function run(
  command: string,
  args?: string[],
  options?: { bin?: boolean; cwd?: string; env?: Record<string, string>; check?: boolean; quiet?: boolean },
): Promise<number>;
export function main(body: () => Promise<void>): Promise<void>;
