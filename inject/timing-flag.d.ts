/** True only in bench builds (`npm run bench`: SOURCELIGHT_TIMING=1), set by wxt.config.ts and
 * scripts/build-session.mjs; the published extension leaves no performance entry on any page. */
declare const __SOURCELIGHT_TIMING__: boolean;
