// Chrome's offscreen document: parses the markup a content script sent and analyses it here, where the
// analyser's code and the outlets table stay loaded and warm between pages (utils/messaging/offscreen.ts).
import { answerOffscreenRequests } from '../../utils/messaging/offscreen';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseMarkup } from '../../utils/page-service/analyse-markup';

const parser = new DOMParser();
answerOffscreenRequests((request) =>
  analyseMarkup((html) => parser.parseFromString(html, 'text/html'), request, defaultOutlets),
);
