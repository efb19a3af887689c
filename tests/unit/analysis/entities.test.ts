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

describe('tickers in datelines', () => {
  const real = loadAnalyzer('config');
  test('"SAN FRANCISCO" is a dateline, not Banco Santander (SAN); a ticker in brackets still counts', () => {
    const r = real.analyze({ text: 'SAN FRANCISCO, Nov 3 (Reuters) - Oracle signed a lease. Santander (SAN) shares rose 2%.', lang: 'en' });
    expect(r.entities.find((e) => e.name === 'Banco Santander')?.mentions).toBe(2);
    const dateline = real.analyze({ text: 'SAN FRANCISCO, Nov 3 (Reuters) - Oracle signed a lease.', lang: 'en' });
    expect(dateline.entities.map((e) => e.name)).toEqual(['Oracle']);
  });
});
