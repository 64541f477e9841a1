/**
 * Where the content script runs without asking (least privilege).
 *
 * Match patterns can only put a wildcard at the START of a host ("*.lg.jp"), so a pattern such as
 * "*.city.*.jp" is not valid. What they CAN express for Japanese local governments:
 *  - lg.jp  — the local-government domain (www.city.yokohama.lg.jp, www.pref.osaka.lg.jp, ...);
 *  - go.jp  — national government (ppc.go.jp, digital.go.jp, ...);
 *  - the 47 prefecture geographic domains: municipalities' "地方公共団体ドメイン" live under them
 *    (www.city.hachioji.tokyo.jp, www.town.xxx.nagano.jp, www.pref.aichi.jp, www.metro.tokyo.jp);
 *  - the 7 designated-city geographic domains that are not prefecture names
 *    (www.city.sapporo.jp, www.city.nagoya.jp, www.city.kobe.jp, ...).
 * Honest caveat: the geographic domains also hold a few legacy private names ("汎用地域型", new
 * registrations closed in 2012). The content script only reads link texts on such pages and sends
 * nothing anywhere, so this is accepted. Any other site is added by the member (optional permission).
 */

/** 都道府県の地域型ドメイン名 (second-level labels under .jp). */
export const PREFECTURE_LABELS = [
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima',
  'ibaraki', 'tochigi', 'gunma', 'saitama', 'chiba', 'tokyo', 'kanagawa',
  'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano', 'gifu', 'shizuoka', 'aichi',
  'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama',
  'tottori', 'shimane', 'okayama', 'hiroshima', 'yamaguchi',
  'tokushima', 'kagawa', 'ehime', 'kochi',
  'fukuoka', 'saga', 'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
] as const;

/** 政令指定都市の地域型ドメイン名 whose label is not a prefecture name. */
export const DESIGNATED_CITY_LABELS = ['sapporo', 'sendai', 'yokohama', 'kawasaki', 'nagoya', 'kobe', 'kitakyushu'] as const;

/** Government domains matched by default (both http and https). */
export const GOVERNMENT_HOST_PATTERNS: string[] = [
  '*://*.lg.jp/*',
  '*://*.go.jp/*',
  ...PREFECTURE_LABELS.map((p) => `*://*.${p}.jp/*`),
  ...DESIGNATED_CITY_LABELS.map((c) => `*://*.${c}.jp/*`),
];

/** Local files: work only when the member allows file access for the extension. */
export const FILE_PATTERN = 'file:///*';

/** Loopback server used by the test build (SHINGI_LOCAL_TEST=1) for the bundled sample. */
export const LOCAL_TEST_PATTERNS = ['http://127.0.0.1/*'];

/** Content-script matches for a build; `localTest` adds the loopback server. */
export function contentScriptMatches(localTest: boolean): string[] {
  return [...GOVERNMENT_HOST_PATTERNS, FILE_PATTERN, ...(localTest ? LOCAL_TEST_PATTERNS : [])];
}

const GOV_SUFFIXES = ['lg.jp', 'go.jp', ...PREFECTURE_LABELS.map((p) => `${p}.jp`), ...DESIGNATED_CITY_LABELS.map((c) => `${c}.jp`)];

/** Is this host covered by the default government patterns? */
export function isGovernmentHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return GOV_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/**
 * The match pattern a member grants for one site: "https://example.org/*".
 * Accepts an origin or any URL; returns null for what cannot be granted (non-http(s), bad input).
 */
export function originToMatchPattern(originOrUrl: string): string | null {
  let u: URL;
  try {
    u = new URL(originOrUrl.includes('://') ? originOrUrl : `https://${originOrUrl}`);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!u.hostname) return null;
  // Match patterns do not carry ports; the pattern covers every port of that host.
  return `${u.protocol}//${u.hostname}/*`;
}
