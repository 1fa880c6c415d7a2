// Chrome's offscreen document: rebuilds the page a content script read and analyses it here, where the
// analyser's code and the outlets table stay loaded and warm between pages (utils/messaging/offscreen.ts).
// Once listening, it takes the first uses of the analyser a page's analysis pays for, a short task each, then
// analyses a sample post, so the first page does not pay for the first compile (its passages only: warm-up.ts),
// unless a page, waiting for this document to start, asks first. The outlets index comes made, from the build
// (index-file.ts), and is read in the first of those tasks.

import outletIndex from 'virtual:sourcelight-outlet-index';
import { gatedPatterns } from '../../utils/analysis/lead-in-words';
import { analysing } from '../../utils/messaging/analysed';
import { answerOffscreenRequests } from '../../utils/messaging/offscreen';
import { prebuiltOutlets } from '../../utils/outlets/default-lookup';
import { analyseInStages } from '../../utils/round-trip/host/analyse';
import { warmUpSteps, warmUpUnlessAsked } from '../../utils/round-trip/host/warm-up';

const inert = () => document.implementation.createHTMLDocument('');
const outlets = prebuiltOutlets(outletIndex);
const analyse = analysing((request) => analyseInStages(inert, request, outlets));
const warmUp = warmUpUnlessAsked(analyse, inert, globalThis, warmUpSteps(outlets, gatedPatterns()));
answerOffscreenRequests(analyse, warmUp.pageCame);
// The background learns that this document listens when its creation resolves, once the document has loaded
// (on a busy machine hundreds of milliseconds after this script ends): a waiting page's first message comes
// right after that, so the wait for it starts there.
addEventListener('load', () => warmUp.listening(), { once: true });
