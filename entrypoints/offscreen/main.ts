// Chrome's offscreen document: rebuilds the page a content script read and analyses it here, where the
// analyser's code and the outlets table stay loaded and warm between pages (utils/messaging/offscreen.ts).
// Once listening, it takes the first uses of the analyser a page's analysis pays for, a short task each, then
// analyses a sample post, so the first page does not pay for the first compile (its passages only: warm-up.ts),
// unless a page, waiting for this document to start, asks first. The outlets table and its index come made,
// from the build, as a file of their own (utils/outlets/outlets-file.ts), fetched as this document starts
// (index.html preloads it) rather than carried in its script, and read in the first of those tasks; requests
// wait for the file.

import { gatedPatterns } from '../../utils/analysis/lead-in-words';
import { analysing } from '../../utils/messaging/analysed';
import { answerOffscreenRequests } from '../../utils/messaging/offscreen';
import { OUTLETS_FILE, outletsFromFile } from '../../utils/outlets/outlets-file';
import { analyseInStages } from '../../utils/round-trip/host/analyse';
import { warmUpSteps, warmUpUnlessAsked } from '../../utils/round-trip/host/warm-up';

let outletsJson = '';
const outletsRead = fetch(`/${OUTLETS_FILE}`)
  .then((response) => {
    if (!response.ok) throw new Error(`${OUTLETS_FILE}: ${response.status} ${response.statusText}`);
    return response.text();
  })
  .then((text) => {
    outletsJson = text;
  });
const inert = () => document.implementation.createHTMLDocument('');
const outlets = outletsFromFile(() => outletsJson);
const analyse = analysing((request) => analyseInStages(inert, request, outlets));
const warmUp = warmUpUnlessAsked(analyse, inert, globalThis, warmUpSteps(outlets, gatedPatterns()));
answerOffscreenRequests(analyse, warmUp.pageCame, outletsRead);
// The background learns that this document listens when its creation resolves, once the document has loaded
// (on a busy machine hundreds of milliseconds after this script ends): a waiting page's first message comes
// right after that, so the wait for it starts there. The steps begin once the outlets file is here too.
const loaded = new Promise((resolve) => addEventListener('load', resolve, { once: true }));
void Promise.all([loaded, outletsRead]).then(
  () => warmUp.listening(),
  () => {},
);
