// Types for scripts/static-server.mjs, so the TypeScript browser harness can use it.
export interface StaticServer {
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

export function contentTypeFor(fileName: string): string;

export function resolveRequestPath(mounts: Record<string, string>, urlPath: string): string | null;

export function startStaticServer(
  root: string | Record<string, string>,
  options?: { port?: number; host?: string },
): Promise<StaticServer>;
