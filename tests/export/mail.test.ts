/** .eml read back by a real MIME parser; mailto length boundary; cover-note fallback. */
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildExportModel, mailBody, mailSubject, mailtoHref, planMail, toEml, toText, MAILTO_LIMIT, PASTE_HERE } from '../../lib/export/index.ts';
import { encodeHeader } from '../../lib/export/rfc2047.ts';
import { input, settings } from './fixture.ts';

const model = buildExportModel(input);
const NOW = new Date(Date.UTC(2025, 6, 1, 9, 30, 5));

/** Unfold header lines of a raw message (CRLF SP → SP) and return them. */
function rawHeaderLines(eml: string): string[] {
  return eml.split('\r\n\r\n')[0].split('\r\n');
}

describe('.eml draft', () => {
  const eml = toEml(model, { now: NOW });

  it('parses back (postal-mime) to the same Japanese subject, recipient and body', async () => {
    const mail = await PostalMime.parse(eml);
    expect(mail.subject).toBe(mailSubject(model.header));
    expect(mail.subject).toBe('【事前質問】令和7年度第3回（山田 花子委員）');
    expect(mail.to?.[0]).toMatchObject({ address: 'shingikai@city.example.lg.jp' });
    expect(mail.text!.replace(/\r\n/g, '\n')).toBe(mailBody(model));
    expect(mail.text).toContain('葛󠄀飾区の𠮷田さんの事例 (📧)');
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.date).toBe('2025-07-01T09:30:05.000Z');
  });

  it('is CRLF throughout, lines ≤ 76 characters, no raw 8-bit bytes', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(eml).toMatch(/^[\x00-\x7f]*$/);
    expect(rawHeaderLines(eml)).toContain('X-Unsent: 1');
    expect(rawHeaderLines(eml)).toContain('Content-Type: text/plain; charset=UTF-8');
  });

  it('splits the RFC 2047 subject into encoded-words that each decode alone (character boundaries)', () => {
    const header = encodeHeader('Subject', mailSubject(model.header));
    const words = header.slice('Subject: '.length).split('\r\n ');
    expect(header.split('\r\n')[0].length).toBeLessThanOrEqual(76);
    expect(words.length).toBeGreaterThan(1);
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decoded = words.map((w) => {
      expect(w.length).toBeLessThanOrEqual(75);
      const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(w);
      expect(m).not.toBeNull();
      return strict.decode(Uint8Array.from(atob(m![1]), (c) => c.charCodeAt(0)));
    });
    expect(decoded.join('')).toBe(mailSubject(model.header));
  });

  it('keeps surrogate pairs and variation sequences whole across encoded-words', async () => {
    const subject = '【事前質問】' + '葛󠄀𠮷📧'.repeat(12);
    const header = encodeHeader('Subject', subject);
    const strict = new TextDecoder('utf-8', { fatal: true });
    const parts = header
      .slice(9)
      .split('\r\n ')
      .map((w) => strict.decode(Uint8Array.from(atob(w.slice(10, -2)), (c) => c.charCodeAt(0))));
    for (const p of parts) expect(p.startsWith('\u{E0100}')).toBe(false); // selector never separated from 葛
    expect(parts.join('')).toBe(subject);
    const mail = await PostalMime.parse(`${header}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nx\r\n`);
    expect(mail.subject).toBe(subject);
  });

  it('leaves a plain ASCII subject readable and drops an unsafe address', () => {
    expect(encodeHeader('Subject', 'Questions')).toBe('Subject: Questions');
    const bad = buildExportModel({ ...input, settings: { ...settings, secretariatEmail: 'a@b.jp\r\nBcc: x@y.jp' } });
    const raw = toEml(bad, { now: NOW });
    expect(raw).not.toMatch(/^(To|Bcc):/m);
  });
});

describe('mailto', () => {
  it('carries subject and body, CRLF line breaks, and decodes back', () => {
    const plan = planMail(buildExportModel({ ...input, questions: input.questions.slice(7, 8) }));
    expect(plan.kind).toBe('full');
    expect(plan.href.startsWith('mailto:shingikai@city.example.lg.jp?subject=')).toBe(true);
    const url = new URL(plan.href);
    expect(url.searchParams.get('subject')).toBe(plan.subject);
    expect(url.searchParams.get('body')).toBe(plan.body.replace(/\n/g, '\r\n'));
    expect(plan.href).not.toMatch(/[^\x21-\x7e]/); // fully percent-encoded
  });

  it('switches to the cover note exactly above the limit (boundary 1,800 / 1,801)', () => {
    // Pad one question with ASCII letters (1 encoded character each) to hit the limit exactly.
    const base = input.questions.slice(7, 8);
    const withText = (pad: number) =>
      buildExportModel({ ...input, questions: [{ ...base[0], text: base[0].text + 'a'.repeat(pad) }] });
    const len0 = planMail(withText(0)).href.length;
    expect(len0).toBeLessThan(MAILTO_LIMIT);
    const atLimit = planMail(withText(MAILTO_LIMIT - len0));
    expect(atLimit.href.length).toBe(MAILTO_LIMIT);
    expect(atLimit.kind).toBe('full');
    const over = planMail(withText(MAILTO_LIMIT - len0 + 1), { now: NOW });
    expect(over.kind).toBe('cover');
    expect(over.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
  });

  it('long lists: short cover note in the link, full list for the clipboard, and an .eml draft', async () => {
    const plan = planMail(model, { now: NOW });
    expect(plan.kind).toBe('cover');
    if (plan.kind !== 'cover') return;
    expect(decodeURIComponent(new URL(plan.href).searchParams.get('body')!)).toContain(PASTE_HERE);
    expect(plan.clipboardText).toBe(toText(model));
    expect(plan.emlFileName).toBe('事前質問_令和7年度第3回_山田_花子.eml');
    const mail = await PostalMime.parse(plan.eml);
    expect(mail.text!.replace(/\r\n/g, '\n')).toBe(mailBody(model));
  });

  it('respects a custom limit and falls back to subject only when even the cover note is too long', () => {
    const plan = planMail(model, { limit: 300 });
    expect(plan.kind).toBe('cover');
    expect(plan.href).toBe(mailtoHref(settings.secretariatEmail, plan.subject, null));
  });
});
