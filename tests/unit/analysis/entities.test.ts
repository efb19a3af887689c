import { describe, expect, test } from 'vitest';
import { Gazetteer } from '../../../src/analysis/entities.js';
import { companies } from './fixtures/companies.js';
import { loadAnalyzer } from '../../../src/analysis/index.js';


const g = new Gazetteer(companies);
const names = (text: string) => g.find(text).map((m) => m.companies[0]!.name);

describe('word-boundary traps', () => {
  test.each([
    ['The metadata of the army was lost by Irene and a cipher.', []],
    ['Una meta inevitable para la empresa.', []],
    ['Oracle of Delphi', ['Oracle']],
    ['Meta and Arm shares rose; Iren too.', ['Meta', 'Arm', 'Iren']],
    ['Coreweave, without its inner capital', ['CoreWeave']],
    ['ARM and META were up', ['Arm', 'Meta']],
    ['Amazon.com and AWS', ['Amazon', 'Amazon']],
    ['Microsoft’s Azure cloud', ['Microsoft', 'Microsoft']],
    ['Die Nvidia-Aktie fiel', ['Nvidia']],
    ['Die T-Aktie (Xetra: DTE) legte zu', ['Deutsche Telekom', 'Deutsche Telekom']],
    ['Amazon (AMZN) and Oracle Corp (NYSE: ORCL)', ['Amazon', 'Amazon', 'Oracle', 'Oracle']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('descriptors in every language', () => {
  test.each([
    ['the Redmond-based company said', 'Microsoft'],
    ['la compañía de Redmond anunció', 'Microsoft'],
    ['a gigante de Redmond anunciou', 'Microsoft'],
    ['le géant de Redmond a signé', 'Microsoft'],
    ['der Softwarekonzern aus Redmond hält', 'Microsoft'],
    ['la creadora de ChatGPT', 'OpenAI'],
    ['a dona do ChatGPT', 'OpenAI'],
    ['der ChatGPT-Entwickler', 'OpenAI'],
    ['la filial de Alphabet', 'Google'],
  ])('%s -> %s', (text, want) => {
    expect(names(text)).toEqual([want]);
  });
});

describe('descriptors built from products and leaders', () => {
  const real = new Gazetteer([
    { name: 'OpenAI', aliases: ['OpenAI'], products: ['ChatGPT'], leaders: ['Sam Altman'] },
    { name: 'Anthropic', aliases: ['Anthropic'], products: ['Claude'] },
    { name: 'Google', aliases: ['Google'], products: ['Gemini'] },
    { name: 'Nvidia', aliases: ['Nvidia'], leaders: ['Jensen Huang'] },
    { name: 'AMD', aliases: ['AMD'], leaders: ['Lisa Su'] },
    { name: 'Mistral AI', aliases: ['Mistral AI'], leaders: ['Arthur Mensch'] },
    { name: 'Microsoft', aliases: ['Microsoft'], descriptors: { es: ['el gigante de Redmond'] } },
    { name: 'Google Cloud', aliases: [], descriptors: { fr: ['le géant de Mountain View'] } },
  ]);
  const found = (text: string) => real.find(text).map((m) => [text.slice(m.start, m.end), m.companies[0]!.name]);
  test.each([
    ['The company behind ChatGPT struck a deal', [['The company behind ChatGPT', 'OpenAI']]],
    ['Claude developer Anthropic', [['Claude developer', 'Anthropic'], ['Anthropic', 'Anthropic']]],
    ['la empresa detrás de Gemini', [['la empresa detrás de Gemini', 'Google']]],
    ['la compañía que dirige Jensen Huang', [['la compañía que dirige Jensen Huang', 'Nvidia']]],
    ['l\'entreprise fondée par Arthur Mensch', [['l\'entreprise fondée par Arthur Mensch', 'Mistral AI']]],
    ['das von Sam Altman geführte Unternehmen', [['das von Sam Altman geführte Unternehmen', 'OpenAI']]],
    ['dem Claude-Entwickler', [['dem Claude-Entwickler', 'Anthropic']]],
    // After a preposition fused with the article the descriptor starts at its noun.
    ['10% da empresa comandada por Lisa Su', [['empresa comandada por Lisa Su', 'AMD']]],
    ['daria à dona do ChatGPT', [['dona do ChatGPT', 'OpenAI']]],
    ['las acciones del gigante de Redmond', [['gigante de Redmond', 'Microsoft']]],
    ['les actions du géant de Mountain View', [['géant de Mountain View', 'Google Cloud']]],
    // Without such a preposition the bare noun is no descriptor.
    ['una empresa comandada por Lisa Su y otra', []],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('tickers in datelines', () => {
  const real = loadAnalyzer('config');
  test('"SAN FRANCISCO" is a dateline, not Banco Santander (SAN); a ticker in brackets still counts', () => {
    const r = real.analyze({ text: 'SAN FRANCISCO, Nov 3 (Reuters) - Oracle signed a lease. Santander (SAN) shares rose 2%.', lang: 'en' });
    expect(r.entities.find((e) => e.name === 'Banco Santander')?.mentions).toBe(2);
    const dateline = real.analyze({ text: 'SAN FRANCISCO, Nov 3 (Reuters) - Oracle signed a lease.', lang: 'en' });
    expect(dateline.entities.map((e) => e.name)).toEqual(['Oracle']);
  });
});
