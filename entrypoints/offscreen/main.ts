// Chrome's offscreen document: rebuilds the page a content script read and analyses it here, where the
// analyser's code and the outlets table stay loaded and warm between pages (utils/messaging/offscreen.ts).
// Once listening, it analyses a sample post, so the first page does not pay for the first compile
// (its passages only: warm-up.ts).
import { analysing } from '../../utils/messaging/analysed';
import { answerOffscreenRequests } from '../../utils/messaging/offscreen';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseInStages } from '../../utils/round-trip/host/analyse';
import { warmUp } from '../../utils/round-trip/host/warm-up';

const inert = () => document.implementation.createHTMLDocument('');
const analyse = analysing((request) => analyseInStages(inert, request, defaultOutlets));
answerOffscreenRequests(analyse);
warmUp(analyse, inert());
