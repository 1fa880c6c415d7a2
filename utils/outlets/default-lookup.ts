// The outlets table this project ships, as an OutletLookup. The CLI, the tests and the background use it;
// the content script builds its own from the table the background sends, so it does not carry the data.
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
