// Parses HTML into a standard DOM Document under Node (happy-dom), with every loader and script off:
// a saved page is data, never code.
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

export function parseHtml(html: string, url?: string | null): ParsedPage {
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: () => window.happyDOM.close(),
  };
}
