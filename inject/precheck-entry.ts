// The pre-check as the first look loads it (load-precheck.ts): in Chrome an ES module of its own
// (content-scripts/precheck.js, built by scripts/build-session.mjs), loaded only on pages whose quick look says
// maybe. Evaluating its modules is timed as the 'load' phase: from its first module to the end of this one.
import './loaded-at';
import { takeLoadStart } from './loaded-at';
import { timedSince } from './timing';

export { mayHoldQuotes } from '../utils/highlight/precheck';

const loadStart = takeLoadStart();
if (loadStart !== null) timedSince('load', loadStart);
