import { describe, expect, test } from 'vitest';
import { docOf } from './fixtures/companies.js';
import { deals } from '../../../src/analysis/deals.js';

const moneyOf = (text: string, lang: string) => docOf(text, lang).money;
const deal = (text: string, lang: string) => deals(docOf(text, lang))[0];

describe('currencies, normalised to USD with the original kept', () => {
  test.each([
    ['OpenAI signed a $38 billion agreement with Amazon for GPU capacity in its data centers.', 'en', 'USD', 38e9, 38e9],
    ['OpenAI signed a US$38 billion agreement with Amazon for GPU capacity in its data centers.', 'en', 'USD', 38e9, 38e9],
    ['OpenAI signed a 38 billion dollar agreement with Amazon for GPU capacity in its data centers.', 'en', 'USD', 38e9, 38e9],
    ['CoreWeave signed a £1.5 billion agreement with Nscale for GPU capacity in its data centers.', 'en', 'GBP', 1.5e9, 1.98e9],
    ['CoreWeave signed a €2bn agreement with Nscale for GPU capacity in its data centers.', 'en', 'EUR', 2e9, 2.32e9],
    ['OpenAI firmó un acuerdo de 38.000 millones de dólares con AWS para usar GPU en sus centros de datos.', 'es', 'USD', 38e9, 38e9],
    ['La Microsoft assinou um acordo de US$ 10 bilhões com a Nscale para GPU em centros de dados.', 'pt', 'USD', 10e9, 10e9],
    ['Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars pour des GPU dans ses centres de données.', 'fr', 'USD', 17.4e9, 17.4e9],
    ['Die Telekom hat mit Nvidia einen Vertrag über 1 Mrd. Euro für ein Rechenzentrum mit GPU abgeschlossen.', 'de', 'EUR', 1e9, 1.16e9],
  ] as const)('%s', (text, lang, currency, amount, usd) => {
    const d = deal(text, lang);
    expect(d).toBeDefined();
    expect(d!.currency).toBe(currency);
    expect(d!.amount).toBeCloseTo(amount, -3);
    expect(d!.amount_usd).toBeCloseTo(usd, -3);
  });

  test('an amount without a currency word takes the currency of the story', () => {
    const m = moneyOf('Meta pagará 1.000 millones de euros. También firmó un acuerdo con Oracle de 300.000 millones para capacidad de cómputo.', 'es');
    expect(m.map((x) => [x.amount, x.currency, x.inferred])).toEqual([[1e9, 'EUR', false], [300e9, 'EUR', true]]);
    // ...but not a count of things: "160 millones de sus acciones"
    expect(moneyOf('un derecho sobre 160 millones de sus acciones y 300 millones de usuarios', 'es')).toEqual([]);
  });

  test('a conversion in parentheses is the same deal, not a second one', () => {
    const ds = deals(docOf('A Microsoft vai investir 10 mil milhões de dólares (cerca de 8,6 mil milhões de euros) em centros de dados de IA através de um acordo com a Nscale para GPU.', 'pt'));
    expect(ds).toHaveLength(1);
    expect(ds[0]!.amount).toBe(10e9);
  });

  test('a currency without a configured rate keeps amount_usd null', () => {
    expect(deal('CoreWeave signed a 5 billion yuan agreement with Nscale for GPU capacity in its data centers.', 'en')).toMatchObject({ currency: 'CNY', amount: 5e9, amount_usd: null });
  });

  test('a range reports its upper bound as a ceiling', () => {
    expect(deal('OpenAI signed a $10-15 billion agreement with Oracle for GPU capacity in its data centers.', 'en')).toMatchObject({ amount: 15e9, qualifier: 'up_to' });
  });
});

test('"900 Millionen wöchentlichen Nutzern" counts users, not euros', () => {
  expect(moneyOf('OpenAI hat mit über 900 Millionen wöchentlichen Nutzern einen Vertrag über zehn Milliarden Dollar geschlossen.', 'de').map((m) => m.amount)).toEqual([10e9]);
});

test('a headline\'s "mais de 8 mil milhões de euros" is the lower bound of the body\'s conversion, not another deal', () => {
  const ds = deals(docOf('A Meta assinou um contrato com a Google de mais de 10 mil milhões de dólares (8,61 mil milhões de euros) para usar a nuvem.', 'pt', 'Meta assina contrato de mais de 8 mil milhões de euros com a Google'));
  expect(ds.map((d) => [d.amount, d.currency])).toEqual([[10e9, 'USD']]);
});
