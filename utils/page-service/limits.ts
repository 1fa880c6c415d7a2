// How much page a content script may send to be analysed. A module of its own, importing nothing, so the
// content script can read it without loading the analyser.

/** Pages whose markup is larger than this are not analysed (the content script says so in the console). */
export const MAX_MARKUP_CHARS = 32 * 1024 * 1024;
