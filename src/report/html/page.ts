import { createHash } from 'node:crypto';
import { cleanText } from '../escape.js';
import type { VerdictLevel } from '../../types.js';

/**
 * The frame of every HTML report: one self-contained file a marketer can forward. Inline CSS (allowed by its
 * hash in a restrictive Content-Security-Policy), inline SVG, no script, nothing fetched from any host (no
 * fonts, no images: system fonts with CJK ones first-class), and print rules for A4.
 *
 * Everything that comes from a post, a handle, a proposal or a file goes through `esc`, which first shows
 * controls, bidi overrides and invisible characters as visible escapes (as every other format does), then
 * writes the five HTML metacharacters as entities; attributes are always double-quoted.
 */

/** Text or attribute content: never markup. */
export function esc(value: unknown): string {
  return cleanText(String(value ?? ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** esc() for sentences vet wrote (decision, reasons, notes): dates never break across lines ("2026-⏎09-12"). */
export function escProse(value: string): string {
  return esc(value).replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, '<span class="nw">$&</span>');
}

// No spaces, quotes, angle brackets, backslashes, controls, bidi or invisible characters.
const SAFE_URL = /^https?:\/\/[^\s<>"'`\\\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+$/i;

/** A post's link: an <a> for an http(s) URL with nothing odd in it, else the URL as text. Never javascript: or data:. */
export function link(url: string | undefined, label?: string): string {
  if (!url) return '';
  if (!SAFE_URL.test(url)) return `<span class="url">${esc(url)}</span>`;
  return `<a class="url" href="${esc(url)}" rel="noopener noreferrer nofollow">${esc(label ?? url)}</a>`;
}

export const LEVEL_TEXT: Record<VerdictLevel, string> = {
  'insufficient-data': 'Insufficient data',
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
  critical: 'Critical risk',
};

/** "level-high"; an unknown level (a newer report) gets a neutral class. */
export function levelClass(level: string): string {
  return `level-${level in LEVEL_TEXT ? level : 'unknown'}`;
}

const CSS = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d8dde3; --paper: #fff; --soft: #f4f6f8;
  --critical: #8e1020; --high: #c62828; --medium: #b26a00; --low: #2e7d32; --insufficient: #6b5b00; --criticism: #e0a100; --read: #b8c2cc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.25rem 1.5rem 2rem; }
h1 { font-size: 1.5rem; margin: 0.1rem 0 0.4rem; overflow-wrap: anywhere; }
h1 small { font-weight: normal; color: var(--muted); font-size: 1rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.kicker { color: var(--muted); font-size: 0.85rem; margin: 0; }
.decision { font-size: 1.2rem; font-weight: 700; margin: 0.4rem 0 0.6rem; padding: 0.6rem 0.8rem; border-left: 6px solid currentColor; background: var(--soft); }
.level-critical { color: var(--critical); } .level-high { color: var(--high); } .level-medium { color: var(--medium); }
.level-low { color: var(--low); } .level-insufficient-data { color: var(--insufficient); } .level-unknown { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 0.3rem 1.4rem; margin: 0; padding: 0; }
.facts div { margin: 0; } .facts dt { color: var(--muted); font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; }
.facts dd { margin: 0; font-weight: 600; }
ul.reasons { margin: 0.2rem 0; padding-left: 1.2rem; } ul.reasons li { margin: 0.1rem 0; }
.note { color: var(--muted); margin: 0.3rem 0; }
.chart { width: 100%; height: auto; display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.8rem; color: var(--muted); margin: 0.2rem 0 0; padding: 0; list-style: none; }
.key { display: inline-block; width: 0.8rem; height: 0.8rem; vertical-align: -0.1rem; margin-right: 0.3rem; border-radius: 2px; }
.key-read { background: var(--read); } .key-hostile { background: var(--high); } .key-criticism { background: var(--criticism); }
.key-worst { background: var(--critical); border-radius: 50%; }
ol.findings { list-style: none; margin: 0; padding: 0; }
ol.findings li { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.7rem; margin: 0 0 0.5rem; break-inside: avoid; page-break-inside: avoid; }
.meta { font-size: 0.85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; align-items: baseline; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.04em; padding: 0 0.35rem; border-radius: 3px; color: #fff; }
.sev-critical { background: var(--critical); } .sev-high { background: var(--high); } .sev-medium { background: var(--medium); }
.sev-low, .sev-info { background: var(--muted); }
.num { font-weight: 700; color: var(--ink); }
blockquote { margin: 0.3rem 0; padding: 0.2rem 0.6rem; border-left: 3px solid var(--line); font-size: 1.05rem; overflow-wrap: anywhere; }
mark { background: #ffd6d6; color: inherit; font-weight: 700; padding: 0 0.1rem; }
.url { overflow-wrap: anywhere; font-size: 0.85rem; }
a { color: #0b57d0; }
.accepted { font-size: 0.85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.file { overflow-wrap: anywhere; }
.nw { white-space: nowrap; }
th { white-space: nowrap; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
td.n { text-align: right; white-space: nowrap; }
.tag { font-weight: 700; white-space: nowrap; }
.tag-fail { color: var(--high); } .tag-pass { color: var(--low); } .tag-warn { color: var(--medium); } .tag-error { color: var(--medium); }
section.influencer { border-top: 2px solid var(--line); margin-top: 1.5rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  section.influencer { break-before: page; page-break-before: always; }
  .decision, .chart, tr { break-inside: avoid; page-break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const CSS_HASH = createHash('sha256').update(CSS).digest('base64');

/**
 * Nothing may load: no script, no connection, no image, no font, no frame, no form; only this page's own
 * style block (by its hash).
 */
export const CSP = `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'`;

/** A whole document around `body` (already escaped markup). */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vet">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
