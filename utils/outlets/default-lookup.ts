// The outlets table this project ships, as an OutletLookup. The CLI, the tests and the extension's analyser
// (offscreen document or background page) use it; the content script never loads it.
import {
  canonicalPublication,
  findOutletMentions,
  outletByHandle,
  outletByHost,
  outletByName,
} from './lookup';
import type { OutletLookup } from './types';

export const defaultOutlets: OutletLookup = {
  byName: outletByName,
  byHost: outletByHost,
  byHandle: outletByHandle,
  mentions: (text) => findOutletMentions(text),
  canonicalPublication,
};
