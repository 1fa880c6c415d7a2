// Chrome's offscreen document: rebuilds the page a content script read and analyses it here, where the
// analyser's code and the outlets table stay loaded and warm between pages (utils/messaging/offscreen.ts).
import { analysing } from '../../utils/messaging/analysed';
import { answerOffscreenRequests } from '../../utils/messaging/offscreen';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseCopy } from '../../utils/round-trip/host/analyse';

answerOffscreenRequests(
  analysing((request) =>
    analyseCopy(() => document.implementation.createHTMLDocument(''), request, defaultOutlets),
  ),
);
