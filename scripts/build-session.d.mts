// Types for scripts/build-session.mjs, so wxt.config.ts can call it.
export function bundleSession(options: { mode: string }): Promise<string>;
export function bundleCard(options: { mode: string }): Promise<string>;
export const COMPILE_EAGERLY: string;
