// tests/stories/*.json — the project's own labelled stories (a second evaluation set
// beside ../shared/corpus/dev). Checks the file format of ../shared/corpus/README.md:
// required fields, label text that is an exact substring of `text`, consistent
// amounts, and company names / tickers that exist in config/entities.yaml.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EntitiesFileSchema, validateDocument } from '../../../src/shared/config/index.js';

const DIR = join(process.cwd(), 'tests/stories');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

const companies = validateDocument(
  EntitiesFileSchema,
  parse(readFileSync(join(process.cwd(), 'config/entities.yaml'), 'utf8')),
  'config/entities.yaml',
).companies;
const byName = new Map(companies.map((c) => [c.name, c]));
// An alias in a label must be written as its canonical name ("Amazon", not "AWS").
const aliasOf = new Map(companies.flatMap((c) => (c.aliases ?? []).filter((a) => a !== c.name).map((a) => [a, c.name] as const)));

const LANGS = ['en', 'es', 'pt', 'fr', 'de'] as const;
const CATEGORIES = ['positive', 'hard_negative', 'plain_negative'];
const QUALIFIERS = ['exact', 'up_to', 'about', 'more_than', 'less_than'];
const POWER_UNIT = /(MW|GW|mega|giga|méga)/i;
const PERCENT = /(%|Prozent|percent|per cent)/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/** Every problem of one story file, as readable strings (empty = fine). */
function problems(file: string): string[] {
  const out: string[] = [];
  const bad = (m: string) => out.push(m);
  let s: Obj;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    if (!isObj(parsed)) return ['not a JSON object'];
    s = parsed;
  } catch (e) {
    return [`invalid JSON: ${(e as Error).message}`];
  }

  const id = s.id;
  if (id !== file.replace(/\.json$/, '')) bad(`id ${String(id)} differs from the file name`);
  if (typeof id !== 'string' || !/^\d{3}-[a-z0-9-]+-(en|es|pt|fr|de)$/.test(id)) bad(`id ${String(id)} is not NNN-slug-lang`);
  if (!LANGS.includes(s.lang as (typeof LANGS)[number])) bad(`lang ${String(s.lang)}`);
  if (typeof id === 'string' && !id.endsWith(`-${String(s.lang)}`)) bad('id does not end with the language');
  for (const k of ['title', 'text', 'notes']) if (typeof s[k] !== 'string' || !(s[k] as string).trim()) bad(`${k} missing`);
  const text = typeof s.text === 'string' ? s.text : '';
  const words = text.split(/\s+/).filter(Boolean).length;
  // Wire-style stories are short; the article-style ones (6xx) run as long as real articles.
  const [minWords, maxWords] = /^[678]\d\d-/.test(file) ? [250, 1000] : [120, 400];
  if (words < minWords || words > maxWords) bad(`text has ${words} words (${minWords}-${maxWords})`);

  const label = s.label;
  if (!isObj(label)) return [...out, 'label missing'];
  for (const k of ['deals', 'deals_without_amount', 'stock_moves', 'power_mw', 'chip_counts', 'hardware', 'stakes_pct']) {
    if (!Array.isArray(label[k])) bad(`label.${k} is not an array`);
  }
  if (typeof label.is_ai_compute_deal !== 'boolean') bad('label.is_ai_compute_deal is not a boolean');
  if (!CATEGORIES.includes(label.category as string)) bad(`label.category ${String(label.category)}`);
  if ((label.category === 'positive') !== label.is_ai_compute_deal) bad('category and is_ai_compute_deal disagree');
  if (label.category !== 'positive' && arr(label.deals).length > 0) bad('a negative story lists deals');

  const substring = (where: string, t: unknown) => {
    if (typeof t !== 'string' || !t) bad(`${where}: text missing`);
    else if (!text.includes(t)) bad(`${where}: ${JSON.stringify(t)} is not a substring of text`);
  };
  // A company of the gazetteer by its canonical name, or one outside it spelled as the text does.
  const company = (where: string, name: unknown) => {
    if (typeof name !== 'string') bad(`${where}: company missing`);
    else if (aliasOf.has(name) && !byName.has(name)) bad(`${where}: ${JSON.stringify(name)} is an alias of ${aliasOf.get(name)!}`);
    else if (!byName.has(name) && !text.includes(name)) bad(`${where}: ${JSON.stringify(name)} is neither a company of config/entities.yaml nor written in the text`);
  };
  const qualifier = (where: string, q: unknown, required: boolean) => {
    if (q === undefined && !required) return;
    if (!QUALIFIERS.includes(q as string)) bad(`${where}: qualifier ${String(q)}`);
  };

  arr(label.deals).forEach((d, i) => {
    const w = `deals[${i}]`;
    if (!Array.isArray(d.parties) || d.parties.length === 0) bad(`${w}: parties empty`);
    arr(d.parties).forEach((p) => company(w, p));
    substring(`${w}.amount_text`, d.amount_text);
    if (typeof d.amount_text === 'string' && !/\d|un |one |eine? /i.test(d.amount_text)) bad(`${w}: amount_text has no number`);
    qualifier(w, d.qualifier, true);
    if (typeof d.amount !== 'number' || !Number.isInteger(d.amount) || d.amount <= 0) bad(`${w}: amount ${String(d.amount)}`);
    if (typeof d.currency !== 'string' || !/^[A-Z]{3}$/.test(d.currency)) bad(`${w}: currency ${String(d.currency)}`);
    if (d.currency === 'USD' && d.amount_usd !== d.amount) bad(`${w}: amount_usd must equal amount for USD`);
    if (d.currency !== 'USD' && d.amount_usd !== null) bad(`${w}: amount_usd must be null for ${String(d.currency)}`);
  });
  arr(label.deals_without_amount).forEach((d, i) => {
    const w = `deals_without_amount[${i}]`;
    if (!Array.isArray(d.parties) || d.parties.length === 0) bad(`${w}: parties empty`);
    arr(d.parties).forEach((p) => company(w, p));
    if (d.amount_text !== null && d.amount_text !== undefined) substring(`${w}.amount_text`, d.amount_text);
  });
  arr(label.stock_moves).forEach((m, i) => {
    const w = `stock_moves[${i}]`;
    company(w, m.company);
    const c = byName.get(m.company as string);
    if (c) {
      const tickers = [c.ticker, ...(c.tickers ?? [])].filter(Boolean);
      if (!tickers.includes(m.ticker as string)) bad(`${w}: ticker ${String(m.ticker)} is not ${c.name}'s (${tickers.join(', ')})`);
    }
    if (typeof m.pct !== 'number' || m.pct <= 0) bad(`${w}: pct ${String(m.pct)}`);
    if (m.direction !== 'up' && m.direction !== 'down') bad(`${w}: direction ${String(m.direction)}`);
    qualifier(w, m.qualifier, true);
    substring(`${w}.text`, m.text);
    if (typeof m.text === 'string' && !PERCENT.test(m.text)) bad(`${w}: text has no percent sign or word`);
  });
  arr(label.power_mw).forEach((p, i) => {
    const w = `power_mw[${i}]`;
    if (typeof p.value !== 'number' || p.value <= 0) bad(`${w}: value ${String(p.value)}`);
    substring(`${w}.text`, p.text);
    if (typeof p.text === 'string' && !POWER_UNIT.test(p.text)) bad(`${w}: text has no MW/GW unit`);
    if (typeof p.text === 'string' && /(wh|hora|stunde)/i.test(p.text)) bad(`${w}: energy (Wh) is not power`);
    qualifier(w, p.qualifier, false);
  });
  arr(label.chip_counts).forEach((c, i) => {
    const w = `chip_counts[${i}]`;
    if (typeof c.value !== 'number' || !Number.isInteger(c.value) || c.value <= 0) bad(`${w}: value ${String(c.value)}`);
    substring(`${w}.text`, c.text);
    qualifier(w, c.qualifier, false);
  });
  if (Array.isArray(label.hardware) && !label.hardware.every((h) => typeof h === 'string' && h.trim())) bad('hardware: not strings');
  arr(label.stakes_pct).forEach((k, i) => {
    const w = `stakes_pct[${i}]`;
    // Holders may be states, shareholder groups or vehicles ("US government", README): only aliases are refused.
    for (const [part, v] of [['holder', k.holder], ['of', k.of]] as const) {
      if (typeof v !== 'string' || !v) bad(`${w}.${part}: missing`);
      else if (aliasOf.has(v) && !byName.has(v)) bad(`${w}.${part}: ${JSON.stringify(v)} is an alias of ${aliasOf.get(v)!}`);
    }
    if (typeof k.pct !== 'number' || k.pct <= 0 || k.pct > 100) bad(`${w}: pct ${String(k.pct)}`);
    substring(`${w}.text`, k.text);
  });
  return out;
}

describe('tests/stories', () => {
  it('has at least 60 stories, at least 10 per language, positives and both kinds of negatives', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    const stories = files.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { lang: string; label: { category: string } });
    for (const lang of LANGS) expect(stories.filter((s) => s.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    for (const cat of CATEGORIES) expect(stories.filter((s) => s.label.category === cat).length, cat).toBeGreaterThanOrEqual(5);
  });

  it('has unique ids', () => {
    const ids = files.map((f) => f.replace(/\.json$/, ''));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('%s is well-formed and its labels match its text', (file) => {
    expect(problems(file)).toEqual([]);
  });
});
