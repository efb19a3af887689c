// config/entities.yaml: parses, validates against EntitiesFileSchema, and keeps the
// properties the analyser relies on (unique names and aliases, corpus canonical names,
// case-sensitive common words, unambiguous descriptors).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EntitiesFileSchema, validateDocument } from '../../../src/shared/config/index.js';

const FILE = join(process.cwd(), 'config/entities.yaml');
const companies = validateDocument(EntitiesFileSchema, parse(readFileSync(FILE, 'utf8')), 'config/entities.yaml').companies;

/** Aliases deliberately shared by two companies (none today); lower-case. */
const SHARED_ALIASES = new Set<string>([]);

/** Canonical names and tickers of ../shared/corpus/README.md ("Canonical companies"). */
const CORPUS_TABLE: Record<string, string | null> = {
  Amazon: 'AMZN', Microsoft: 'MSFT', Google: 'GOOGL', Meta: 'META', Nvidia: 'NVDA', AMD: 'AMD',
  Broadcom: 'AVGO', Oracle: 'ORCL', OpenAI: null, Anthropic: null, CoreWeave: 'CRWV', Nebius: 'NBIS',
  Iren: 'IREN', 'Cipher Mining': 'CIFR', TeraWulf: 'WULF', Lambda: null, xAI: null, SoftBank: '9984.T',
  Nscale: null, Fluidstack: null, Dell: 'DELL', 'Blue Owl': 'OWL', Pimco: null, 'Deutsche Telekom': 'DTE',
  'Mistral AI': null, DataVita: null, 'Start Campus': null, Polarise: null, Crusoe: null, MGX: null,
  Bpifrance: null, ASML: 'ASML', Tesla: 'TSLA', Palantir: 'PLTR', 'Super Micro Computer': 'SMCI',
  Equinix: 'EQIX',
  // companies of the negatives
  'Kraft Heinz': 'KHC', 'Berkshire Hathaway': 'BRK.B', BBVA: 'BBVA', 'Banco Sabadell': 'SAB', LVMH: 'MC.PA',
  Kering: 'KER.PA', 'Hermès': 'RMS.PA', 'Electronic Arts': 'EA', 'Public Investment Fund': null, ADNOC: null,
  Covestro: '1COV', Endesa: 'ELE', 'Acciona Energía': 'ANE', Acciona: 'ANA', Inditex: 'ITX',
  'Jerónimo Martins': 'JMT', 'Sociedade Francisco Manuel dos Santos': null, 'Arnault family': null,
};

/** Aliases that are ordinary words (in some case) in en/es/pt/fr/de: must be case-sensitive. */
const COMMON_WORDS = [
  'arm', 'meta', 'iren', 'lambda', 'switch', 'vantage', 'crusoe', 'oracle', 'apple', 'alphabet', 'cipher',
  'mistral', 'cohere', 'humain', 'tesla', 'intel', 'micron', 'arista', 'orange', 'constellation', 'talen',
  'anthropic', 'perplexity', 'dell', 'stack',
];

const LANGS = new Set(['en', 'es', 'pt', 'fr', 'de']);
const KINDS = new Set(['hyperscaler', 'chipmaker', 'neocloud', 'ai_lab', 'datacenter', 'power', 'miner', 'investor', 'telecom', 'equipment', 'server', 'other']);

describe('config/entities.yaml', () => {
  it('validates and lists enough companies', () => {
    expect(companies.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique canonical names, each also an alias', () => {
    const names = companies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of companies) {
      expect(c.aliases.map((a) => a.toLowerCase()), c.name).toContain(c.name.toLowerCase());
    }
  });

  it('has no alias shared by two companies (case-insensitive)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of companies) {
      for (const a of new Set(c.aliases.map((x) => x.toLowerCase()))) {
        const prev = owner.get(a);
        if (prev && prev !== c.name && !SHARED_ALIASES.has(a)) clashes.push(`${a}: ${prev} / ${c.name}`);
        owner.set(a, c.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('contains every canonical company of the corpus table, with its ticker', () => {
    const byName = new Map(companies.map((c) => [c.name, c]));
    for (const [name, ticker] of Object.entries(CORPUS_TABLE)) {
      const c = byName.get(name);
      expect(c, name).toBeDefined();
      expect(c?.ticker ?? null, name).toBe(ticker);
    }
  });

  it('lists case-sensitive aliases among the aliases, and common words as case-sensitive', () => {
    for (const c of companies) {
      for (const s of c.case_sensitive ?? []) expect(c.aliases, `${c.name}: ${s}`).toContain(s);
      const cs = new Set(c.case_sensitive ?? []);
      for (const a of c.aliases) {
        if (COMMON_WORDS.includes(a.toLowerCase())) expect(cs.has(a), `${c.name}: ${a} should be case_sensitive`).toBe(true);
      }
    }
  });

  it('has valid kinds, descriptor languages, and no descriptor shared by two companies', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of companies) {
      if (c.kind !== undefined) expect(KINDS.has(c.kind), `${c.name}: kind ${c.kind}`).toBe(true);
      for (const [lang, list] of Object.entries(c.descriptors ?? {})) {
        expect(LANGS.has(lang), `${c.name}: descriptor language ${lang}`).toBe(true);
        for (const d of list) {
          const k = d.toLowerCase();
          const prev = owner.get(k);
          if (prev && prev !== c.name) clashes.push(`${d}: ${prev} / ${c.name}`);
          owner.set(k, c.name);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps known-ambiguous descriptors out', () => {
    const all = companies.flatMap((c) => Object.values(c.descriptors ?? {}).flat().map((d) => d.toLowerCase()));
    for (const generic of ['the chipmaker', 'the santa clara chipmaker', 'la compañía de santa clara', 'el fabricante de chips', 'a fabricante de chips', 'le fabricant de puces', 'der chipkonzern', 'la gestora']) {
      expect(all, generic).not.toContain(generic);
    }
  });
});
