import { describe, expect, it } from 'vitest';
import { contentScriptMatches, GOVERNMENT_HOST_PATTERNS, isGovernmentHost, originToMatchPattern, PREFECTURE_LABELS } from '../../lib/page-detect/hosts.ts';
import { badgeFor } from '../../lib/messaging/badge.ts';
import type { LinkReport } from '../../lib/messaging/protocol.ts';

/** Chrome's match-pattern grammar: scheme://host/path, host "*" or "*.rest" or exact, no other wildcard. */
const MATCH_PATTERN = /^(\*|https?|file):\/\/(\*|\*\.[^/*]+|[^/*]+)?\/.*$/;

describe('default hosts', () => {
  it('are valid match patterns and cover lg.jp, go.jp and the municipal geographic domains', () => {
    for (const p of contentScriptMatches(true)) expect(p, p).toMatch(MATCH_PATTERN);
    expect(PREFECTURE_LABELS.length).toBe(47);
    expect(GOVERNMENT_HOST_PATTERNS).toContain('*://*.lg.jp/*');
    for (const h of ['www.city.yokohama.lg.jp', 'www.ppc.go.jp', 'www.city.hachioji.tokyo.jp', 'www.pref.aichi.jp', 'www.city.sapporo.jp', 'www.town.example.nagano.jp', 'lg.jp'])
      expect(isGovernmentHost(h), h).toBe(true);
    for (const h of ['example.com', 'www.example.co.jp', 'evil-lg.jp', 'lg.jp.example.com', 'tokyo.example.jp'])
      expect(isGovernmentHost(h), h).toBe(false);
  });

  it('adds the loopback server only in the test build', () => {
    expect(contentScriptMatches(false)).not.toContain('http://127.0.0.1/*');
    expect(contentScriptMatches(true)).toContain('http://127.0.0.1/*');
    expect(contentScriptMatches(false)).toContain('file:///*');
  });

  it('turns an origin the member types into one site pattern', () => {
    expect(originToMatchPattern('https://www.example.org:8443/a/b.html?x')).toBe('https://www.example.org/*');
    expect(originToMatchPattern('www.example.org')).toBe('https://www.example.org/*');
    expect(originToMatchPattern('http://gikai.example.jp')).toBe('http://gikai.example.jp/*');
    expect(originToMatchPattern('ftp://x')).toBeNull();
    expect(originToMatchPattern('file:///tmp/a.pdf')).toBeNull();
    expect(originToMatchPattern('https://')).toBeNull();
  });
});

function link(docUrl: string, yes: boolean): LinkReport {
  return { url: docUrl, docUrl, page: null, fileName: '', text: '', context: '', verdict: { isConsultation: yes, score: yes ? 1 : 0, signals: [] } };
}

describe('badgeFor', () => {
  it('counts distinct consultation documents on a page', () => {
    const r = { kind: 'page' as const, url: 'u', title: 't', page: { isConsultation: true, score: 1, signals: [] }, links: [link('a', true), link('a', true), link('b', true), link('c', false)] };
    expect(badgeFor(r).text).toBe('2');
    expect(badgeFor({ ...r, links: [link('c', false)] }).text).toBe('');
  });
  it('says whether a PDF tab is consultation material', () => {
    const r = { kind: 'pdf' as const, url: 'u', title: 't' };
    expect(badgeFor(r, true).text).toBe('諮問');
    expect(badgeFor(r, false).text).toBe('－');
    expect(badgeFor(r, null).text).toBe('?');
    expect(badgeFor(null).text).toBe('');
  });
});

describe('badgeFor undecided PDFs', () => {
  it('explains why a PDF could not be judged', () => {
    const r = { kind: 'pdf' as const, url: 'u', title: 't' };
    expect(badgeFor(r, 'pending').text).toBe('…');
    expect(badgeFor(r, null, 'password_required').title).toContain('パスワード');
    expect(badgeFor(r, null, 'no_text_layer').title).toContain('スキャン');
    expect(badgeFor(r, null, 'something_else').title).toContain('未判定');
  });
});
