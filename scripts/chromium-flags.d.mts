// Types for scripts/chromium-flags.mjs.
export function quietExtensionFlags(extensionPath: string): string[];
