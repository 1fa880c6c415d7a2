// The content script: runs on every page, looks cheaply for quotations first, and only then analyses the page
// and shows its sources (see docs/highlights.md).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['<all_urls>'],
  main(ctx) {
    new PageSession(ctx).start();
  },
});
