// The round trip's page side (utils/round-trip/page/trip.ts) as this content script runs it: its port through
// the extension's own runtime (no polyfill), its work timed as ours (timing.ts).
import type { PageLink } from '../utils/round-trip/page/trip';
import { extensionRuntime } from './runtime';
import { timed } from './timing';

export const pageLink: PageLink = {
  connect: (options) => extensionRuntime()?.connect(options) ?? null,
  timed,
};
