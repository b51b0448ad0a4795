export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}
export function serveFolder(
  folder: string,
  options?: { port?: number; host?: string; headers?: Record<string, string> },
): Promise<StaticServer>;
