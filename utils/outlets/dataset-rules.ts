// Word lists that decide how far the dataset's outlets (./dataset.json) are trusted, kept as data. The
// curated table (./data.ts) is not subject to them.

/** The columns of each entry in dataset.json's "outlets". */
export const DATASET_FIELDS = ['wikidata', 'name', 'domains', 'country'] as const;

/**
 * Two-letter codes the runtime's region names know that are not current ISO 3166-1 countries: former
 * countries and old spellings ("SU", "DD", "YU", "UK"), regions ("EU", "UN"), test codes, and "ZZ" (unknown, the dataset's code for
 * an outlet whose country it does not give).
 */
export const NOT_COUNTRY_CODES: ReadonlySet<string> = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

/**
 * Registrable domains (and hosts) that are never a news outlet's own: platforms, search engines, shops,
 * archives and libraries that host or list newspapers. The generator drops any website under them, and a
 * test checks that none of them names an outlet.
 */
export const NOT_OUTLET_HOSTS: ReadonlySet<string> = new Set([
  // social networks and video
  'facebook.com',
  'fb.com',
  'twitter.com',
  'x.com',
  't.co',
  'instagram.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'linkedin.com',
  'vk.com',
  'ok.ru',
  't.me',
  'telegram.me',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'reddit.com',
  'pinterest.com',
  'flickr.com',
  'vimeo.com',
  'soundcloud.com',
  // blog and site platforms
  'medium.com',
  'substack.com',
  'blogspot.com',
  'blogger.com',
  'wordpress.com',
  'wordpress.org',
  'tumblr.com',
  'wix.com',
  'wixsite.com',
  'weebly.com',
  'squarespace.com',
  'github.io',
  'github.com',
  'netlify.app',
  'webnode.com',
  'jimdo.com',
  'jimdofree.com',
  'over-blog.com',
  'livejournal.com',
  'ghost.io',
  'beehiiv.com',
  'typepad.com',
  'canalblog.com',
  'hatenablog.com',
  'naver.com',
  'daum.net',
  'weibo.com',
  'qq.com',
  // search, portals, shops
  'google.com',
  'goo.gl',
  'bing.com',
  'yahoo.com',
  'apple.com',
  'amazon.com',
  'ebay.com',
  'wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'bit.ly',
  // archives, libraries, newspaper databases and e-paper kiosks
  'archive.org',
  'archive.today',
  'archive.ph',
  'loc.gov',
  'bnf.fr',
  'retronews.fr',
  'europeana.eu',
  'newsbank.com',
  'proquest.com',
  'serialssolutions.com',
  'lexis-nexis.com',
  'lexisnexis.com',
  'umi.com',
  'oclc.org',
  'worldcat.org',
  'hathitrust.org',
  'newspapers.com',
  'newspaperarchive.com',
  'gettyimages.com',
  'issuu.com',
  'pressreader.com',
  'yumpu.com',
  'calameo.com',
  'scribd.com',
  'readly.com',
  'magzter.com',
  'delpher.nl',
  'trove.nla.gov.au',
  'e-newspaperarchives.ch',
  'digitale-sammlungen.de',
  'zefys.staatsbibliothek-berlin.de',
]);

/**
 * Words that mark a name as a publication's ("Herald", "Zeitung", "Diario"). A dataset name counts in
 * running text only when it has one of these and a word that is neither one of these nor in GENERIC_WORDS
 * (its place or its own name: "The Everett Herald", "Rheinische Post").
 */
export const NEWS_WORDS: ReadonlySet<string> = new Set(
  (
    'times post news herald journal gazette tribune chronicle courier dispatch observer examiner press ' +
    'telegraph inquirer enquirer sentinel register bulletin star sun mirror express mail review leader ' +
    'independent monitor democrat republican advocate ledger argus beacon courant globe standard record ' +
    'reporter recorder citizen guardian messenger banner eagle pioneer clarion ' +
    'newspaper gazeta gazzetta zeitung nachrichten rundschau anzeiger kurier tagblatt tageblatt ' +
    'volksblatt allgemeine diario periodico noticias ' +
    'heraldo cronica correo informacion prensa tiempo voz mundo universal nacion republica jornal folha ' +
    'estado correio quotidien nouvelles courrier depeche echo echos progres republicain ' +
    'corriere giornale gazzettino messaggero stampa avvenire dagblad krant courant avis posten tidning ' +
    'tidende bladet sanomat lehti gazete haber shimbun shinbun ilbo sinmun abendblatt morgenpost ' +
    'abendzeitung blatt bote ziarul gazetesi harian koran'
  ).split(' '),
);

/** Words that are part of many papers' names without telling them apart ("Daily", "Sunday", "Free"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of and on in for at to by de del della di da do dos das du des la le les el al il lo los ' +
    'y e et en und der die dem den von van het daily morning evening sunday saturday weekly ' +
    'weekend national international local city county state new free online today world business ' +
    'financial global metro community people peoples public nuevo nueva nouveau nouvelle ' +
    'neue neues neuer new first north south east west northern southern eastern western central ' +
    'american british irish english catholic jewish christian'
  ).split(' '),
);

/**
 * Streaming services, operators and directories that host many channels' pages (the broadcasters dataset,
 * scripts/lib/broadcasters.ts): a channel whose website is under one of them has no site of its own there.
 */
export const CHANNEL_PLATFORM_HOSTS: ReadonlySet<string> = new Set([
  'pluto.tv',
  'plex.tv',
  'watchyour.tv',
  'samsungtvplus.com',
  'rakuten.tv',
  'tubi.tv',
  'roku.com',
  'xumo.tv',
  'distro.tv',
  'stirr.com',
  'vivalivetv.com',
  'dominicanchannels.com',
  'tvdominicana.net',
  'telvue.com',
  'cablecast.tv',
  'viebit.com',
  'vera.com.uy',
  'fcc.gov',
]);

/**
 * Words that say a channel is a channel ("TV", "Canal", "News"): a channel name of several words made only
 * of these, GENERIC_WORDS and figures ("News 24", "TV One", "Canal 13") names no broadcaster in particular.
 */
export const BROADCAST_WORDS: ReadonlySet<string> = new Set(
  (
    'tv tele television televisao televizija televizyon telewizja televisie ' +
    'fernsehen channel channels canal kanal kanali radio radyo radijas radiotelevision network networks ' +
    'news noticias noticias24 nouvelles nachrichten info infos live hd sd uhd 4k plus one two three ' +
    'tv1 tv2 tv3 tv4 tv5 tvs station stations broadcasting broadcast media studio vision vision+ ' +
    'streaming stream web digital satellite cable sat int international'
  ).split(' '),
);
