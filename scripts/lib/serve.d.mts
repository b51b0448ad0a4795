import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}
export function serveFolder(
  folder: string,
  options?: {
    port?: number;
    host?: string;
    headers?: Record<string, string>;
    routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void>;
  },
): Promise<StaticServer>;
