// When this script began to run. Imported first (index.ts), so it is evaluated before every other module of the
// bundle: the time from here to main() (loading our modules and WXT's context) is timed as the 'load' phase.
export const LOADED_AT = performance.now();
