// Embedded social posts (X/Twitter, Bluesky, Mastodon, Instagram, TikTok, Threads, Facebook, Reddit) are
// passages of kind `social`, named by their account; an account that belongs to an outlet names the outlet.
import type { OutletLookup } from '../outlets/types';
import { classList } from './dom';
import type { SourceGuess } from './name-source';

interface Platform {
  name: string;
  classes: RegExp;
  /** Account from a link or attribute URL. */
  fromUrl: RegExp;
  /** The account as the embed's byline shows it, where that is not an @handle ("Posted by <page name>",
   * "by u/someone"). */
  shown?: RegExp;
}

const PLATFORMS: Platform[] = [
  {
    name: 'X',
    classes: /\b(?:twitter-tweet|twitter-video|x-post)\b/,
    fromUrl: /(?:twitter|x)\.com\/(?!i\/|intent\/|hashtag\/)([A-Za-z0-9_]{1,15})\/status/,
  },
  { name: 'Bluesky', classes: /\bbluesky-embed\b/, fromUrl: /bsky\.app\/profile\/([^/?#]+)/ },
  { name: 'Mastodon', classes: /\bmastodon-embed\b/, fromUrl: /^https?:\/\/[^/]+\/@([A-Za-z0-9_.]+)/ },
  {
    name: 'Instagram',
    classes: /\binstagram-media\b/,
    fromUrl: /instagram\.com\/(?!p\/|reel\/|tv\/)([A-Za-z0-9_.]+)/,
  },
  { name: 'TikTok', classes: /\btiktok-embed\b/, fromUrl: /tiktok\.com\/@([A-Za-z0-9_.]+)/ },
  { name: 'Threads', classes: /\btext-post-media\b/, fromUrl: /threads\.net\/@([A-Za-z0-9_.]+)/ },
  {
    name: 'Facebook',
    classes: /\b(?:fb-post|fb-video|fb-xfbml-parse-ignore)\b/,
    fromUrl:
      /facebook\.com\/(?!permalink|photo|watch|story\.php|groups\/)([A-Za-z0-9.]+)\/(?:posts|videos)\//,
    shown: /\bPosted by\s+(.{2,80}?)\s+on\b/,
  },
  {
    name: 'Reddit',
    classes: /\b(?:reddit-embed-bq|reddit-card)\b/,
    fromUrl: /reddit\.com\/(?:user|u)\/([A-Za-z0-9_-]{3,20})/,
    shown: /\bby\s*(u\/[A-Za-z0-9_-]{3,20})\b/,
  },
];

export function socialPlatform(el: Element): Platform | null {
  const cls = classList(el);
  if (!cls) return null;
  return PLATFORMS.find((p) => p.classes.test(cls)) ?? null;
}

function accountOf(el: Element, platform: Platform, text: string): string | null {
  // The byline most embeds carry: "— New York Post (@nypost) May 5, 2024", "(@user.bsky.social)".
  const byline = /\(@([A-Za-z0-9_.-]{1,60})\)/.exec(text);
  if (byline) return byline[1].replace(/\.$/, '');
  const urls = [
    el.getAttribute('cite'),
    el.getAttribute('data-instgrm-permalink'),
    el.getAttribute('data-bluesky-uri'),
    ...Array.from(el.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
  ];
  for (const url of urls) {
    const m = url ? platform.fromUrl.exec(url) : null;
    if (m) return m[1];
  }
  const titled = el.querySelector('a[title^="@"]')?.getAttribute('title');
  if (titled) return titled.slice(1);
  const inline = /(?:^|\s)@([A-Za-z0-9_]{1,30})\b/.exec(text);
  return inline ? inline[1] : null;
}

export function readSocialEmbed(
  el: Element,
  platform: Platform,
  text: string,
  outlets: OutletLookup,
): SourceGuess & { account: string | null } {
  const shown = platform.shown?.exec(text)?.[1]?.trim() ?? null;
  const account = shown ? null : accountOf(el, platform, text);
  const handle = account?.replace(/^@/, '') ?? null;
  // Bluesky handles can be domains ("nytimes.com").
  const outlet = handle
    ? (outlets.byHandle(handle) ?? (handle.includes('.') ? outlets.byHost(handle) : null))
    : null;
  const href =
    el.getAttribute('cite') ??
    el.getAttribute('data-instgrm-permalink') ??
    Array.from(el.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '').find((h) =>
      platform.fromUrl.test(h),
    ) ??
    null;
  return {
    kind: 'social',
    outlet: outlet?.name ?? null,
    href,
    account: shown ?? (handle ? `@${handle}` : null),
    evidence: {
      type: 'social-embed',
      value: `${platform.name} ${shown ?? (handle ? `@${handle}` : 'post')}`,
      source: outlet?.name ?? null,
    },
  };
}

/** A post pasted as text, its last line crediting an account: "— @harbourwatcher", "– Ana Ruiz (@anaruiz) 3 May
 * 2024", "— @ana.bsky.social on Bluesky". The line holds the handle and no more than a name, a date or the
 * platform around it. */
const PASTED_CREDIT =
  /^\s*[—–-]{1,2}\s*(?:[^@()\n]{1,60}?\s*\()?@([A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]{1,40})*)\)?(?:\s*(?:on\s+)?(?:X|Twitter|Bluesky|Mastodon|Threads|Instagram)\b)?[\s,.]*(?:[\p{L}\d ,./-]{0,30})$/u;

/** The social post a block of pasted text is, by its last line's credit to an account (`PASTED_CREDIT`); its
 * outlet when the account is an outlet's. Null when the line is no such credit. */
export function readPastedPostCredit(
  line: string,
  outlets: OutletLookup,
): (SourceGuess & { account: string }) | null {
  const m = PASTED_CREDIT.exec(line);
  if (!m) return null;
  const handle = m[1].replace(/\.$/, '');
  const outlet = outlets.byHandle(handle) ?? (handle.includes('.') ? outlets.byHost(handle) : null);
  return {
    kind: 'social',
    outlet: outlet?.name ?? null,
    href: null,
    account: `@${handle}`,
    evidence: { type: 'credit-line', value: line.trim().slice(0, 120), source: outlet?.name ?? null },
  };
}
