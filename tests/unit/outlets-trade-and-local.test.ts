import { describe, expect, it } from 'vitest';
import { findOutletMentions, outletByHost, outletByName } from '../../utils/outlets/lookup';

// The British, Irish, North American and Australian trade press, local papers and stations known by call sign
// (utils/outlets/data.ts, docs/outlets.md "Trade, specialist and regional outlets"): found when a page names
// them as a source, never in ordinary prose that uses the same words.
const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}→${m.outlet.name}`);

describe('trade titles and local outlets named as a source', () => {
  it.each([
    ['According to C+D, the pharmacy closures went on.', 'C+D→Chemist+Druggist'],
    ['The figures, Pulse Today reported, showed partners leaving.', 'Pulse Today→Pulse Today'],
    ['The shortfall was revealed by Nursing Standard on Monday.', 'Nursing Standard→Nursing Standard'],
    ['Community Care reported that caseloads rose.', 'Community Care→Community Care'],
    ['The charity told Third Sector that it would merge.', 'Third Sector→Third Sector'],
    ['The deficit, the LGC reported, was larger.', 'LGC→LGC'],
    ['Building magazine reported that the contractor failed.', 'Building magazine→Building magazine'],
    ['The account moved, Campaign magazine said.', 'Campaign magazine→Campaign magazine'],
    ['The Orcadian reported the ferry delay.', 'The Orcadian→The Orcadian'],
    ['The council told Penguin News that the road would open.', 'Penguin News→Penguin News'],
    ['BBC Radio Orkney reported the closure.', 'BBC Radio Orkney→BBC Radio Orkney'],
    ['630 CHED reported that the river rose.', '630 CHED→630 CHED'],
    ['The mayor told CKNW that the budget was tight.', 'CKNW→CKNW'],
    ['KUT reported that the council voted.', 'KUT→KUT'],
    ['Speaking to 2GB, the premier said no.', '2GB→2GB'],
    ['Stateline reported that states cut budgets.', 'Stateline→Stateline'],
    ['Money Management reported the inflows.', 'Money Management→Money Management'],
    ['Leading this week, from Waterways World: the stoppage ends.', 'Waterways World→Waterways World'],
    ['Canal Boat spoke to a marina owner at Braunston.', 'Canal Boat→Canal Boat'],
    ['Towpath Talk reports that the licence fee rises.', 'Towpath Talk→Towpath Talk'],
    ['The lock keepers told Narrowboat World they were short-staffed.', 'Narrowboat World→Narrowboat World'],
    ['TV Sarawak reported that the wharf will reopen.', 'TV Sarawak→TV Sarawak'],
    ["i98FM's drive show had a nurse on.", 'i98FM→i98FM'],
  ])('%s', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });
});

describe('the same words in ordinary prose', () => {
  it.each([
    'Building a house takes time; the building was closed.',
    'The campaign was long, and campaign finance rules changed.',
    'The broadcast was delayed by an hour.',
    'Her pulse was steady and the nursing standard of care was high.',
    'The third sector is struggling, and Third Sector organisations asked for money.',
    'Community care services were cut when the Community Care Act came in.',
    'An Orcadian farmer said the ferry was late.',
    'He did not care a groat for it.',
    'The Office of University Affairs approved the plan.',
    'The bullet would ricochet off the wall.',
    'The sprawl of the suburbs grew.',
    'TRUMP WINS AGAIN, the banner said.',
    'The WPR ratio improved after the KGW test.',
    'Good money management matters, and big rigs blocked the road.',
    'Watch TV tonight at eight, or read a country guide.',
    'He lived near Stateline, Nevada.',
    'We hired a canal boat for the week; canal boat holidays are cheap in March.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  // A label in a tool's output or a transcript is read as a credit by name, so these titles carry a qualifier.
  it.each(['Building', 'Campaign', 'Broadcast', 'Pulse', 'Engineer', 'Pharmacist', 'Caterer', 'Currency'])(
    '"%s" names no outlet',
    (label) => {
      expect(outletByName(label)).toBeNull();
    },
  );
});

describe('trade and local outlets by domain and other names', () => {
  it.each([
    ['https://www.chemistanddruggist.co.uk/news/x', 'Chemist+Druggist'],
    ['countypress.co.uk', 'Isle of Wight County Press'],
    ['https://www.campaignlive.co.uk/article/x', 'Campaign magazine'],
    ['ttgdigital.com', 'TTG'],
    ['edmonton.taproot.news', 'Taproot Edmonton'],
    ['https://www.wtop.com/local/x', 'WTOP'],
    ['local10.com', 'WPLG'],
    ['ajp.com.au', 'AJP'],
  ])('%s is %s', (host, name) => {
    expect(outletByHost(host)?.name).toBe(name);
  });

  it.each([
    ['Chemist and Druggist', 'Chemist+Druggist'],
    ['Local Government Chronicle', 'LGC'],
    ['Travel Trade Gazette', 'TTG'],
    ['Dundee Courier', 'The Courier (Dundee)'],
    ['KPCC', 'LAist'],
    ['WABC-TV', 'ABC7 New York'],
    ['Australian Journal of Pharmacy', 'AJP'],
  ])('%s is %s', (written, name) => {
    expect(outletByName(written)?.name).toBe(name);
  });
});
