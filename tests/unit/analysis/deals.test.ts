import { describe, expect, test } from 'vitest';
import { docOf } from './fixtures/companies.js';
import { deals } from '../../../src/analysis/deals.js';

const found = (text: string, lang: string) => deals(docOf(text, lang)).map((d) => [d.amount, [...d.parties].sort()]);

describe('which amount belongs to which parties', () => {
  test('two deals in one sentence, each with its own parties', () => {
    expect(found('Microsoft firmó un contrato de 9.700 millones de dólares con la australiana Iren, mientras que Amazon cerró otro pacto de 5.500 millones de dólares con Cipher Mining para centros de datos.', 'es'))
      .toEqual([[9.7e9, ['Iren', 'Microsoft']], [5.5e9, ['Amazon', 'Cipher Mining']]]);
  });

  test('"respectively" pairs investors and amounts', () => {
    expect(found('Nvidia and Microsoft will invest up to $10 billion and up to $5 billion respectively in the Claude developer.', 'en'))
      .toEqual([[10e9, ['Anthropic', 'Nvidia']], [5e9, ['Anthropic', 'Microsoft']]]);
  });

  test('a vendor named for its chips is not a party', () => {
    expect(found('Microsoft signed a $9.7 billion deal with Iren for access to Nvidia GB300 chips in Texas.', 'en')).toEqual([[9.7e9, ['Iren', 'Microsoft']]]);
  });

  test('a follow-up sentence takes the parties of the previous deal', () => {
    expect(found('Nebius a signé avec Microsoft un contrat de 17,4 milliards de dollars. Le montant pourra aller jusqu’à 19,4 milliards de dollars.', 'fr'))
      .toEqual([[17.4e9, ['Microsoft', 'Nebius']], [19.4e9, ['Microsoft', 'Nebius']]]);
  });
});

describe('amounts that are not deal values', () => {
  test.each([
    ['revenue', 'en', 'Oracle signed a cloud deal with OpenAI. OpenAI reported annualized revenue of about $10 billion in June.'],
    ['backlog', 'en', 'Oracle said its remaining performance obligations had jumped to $455 billion from about $99 billion.'],
    ['market value', 'en', 'Oracle shares jumped, adding more than $240 billion to the company’s market value.'],
    ['total of several contracts', 'en', 'OpenAI agreed an expansion with CoreWeave, bringing the total value of its contracts with CoreWeave to about $22.4bn.'],
    ['aggregate with a list', 'es', 'La empresa ha cerrado contratos por valor de 900.000 millones de dólares con empresas como Nvidia, Broadcom, Oracle o Google.'],
    ['capex pledge without partner', 'en', 'The Redmond-based company said it would spend $30 billion in the UK between 2025 and 2028.'],
    ['valuation', 'es', 'La compañía, valorada en 183.000 millones de dólares tras su última ronda, trabaja con Google.'],
    ['funding round', 'fr', 'Mistral AI a levé 1,7 milliard d’euros lors d’un tour de table mené par Nvidia.'],
    ['denied rumour', 'en', 'Microsoft denied a report that it had signed a $20 billion agreement with Nebius.'],
    ['per-unit price', 'es', 'Nvidia aportará unos 10.000 millones de dólares por cada gigavatio que despliegue OpenAI.'],
    ['German revenue', 'de', 'CoreWeave meldete für das zweite Quartal einen Umsatz von 1,2 Mrd. US-Dollar.'],
    ['a trillion is a programme total', 'es', 'OpenAI ha firmado contratos con Oracle por valor de 1,4 billones de dólares.'],
  ])('%s', (_name, lang, text) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('patterns seen in real wire copy', () => {
  test('a vendor named before "AI chips" is a product, not a party', () => {
    expect(found('OpenAI and Amazon sealed a US$38 billion agreement that gives the ChatGPT maker access to Nvidia AI chips in data centres.', 'en'))
      .toEqual([[38e9, ['Amazon', 'OpenAI']]]);
  });

  test('several deals listed after "such as" keep their own parties', () => {
    expect(found('Other AI infrastructure deals, such as Cipher Mining’s $5.5 billion lease with AWS and Iren’s $9.7 billion cloud contract with Microsoft, followed.', 'en'))
      .toEqual([[5.5e9, ['Amazon', 'Cipher Mining']], [9.7e9, ['Iren', 'Microsoft']]]);
  });

  test('Latin-American grouping and an investment in the company named before', () => {
    expect(found('Nvidia firmó una carta de intención con OpenAI y que invertirá hasta 100,000 millones de dólares en la empresa para centros de datos.', 'es'))
      .toEqual([[100e9, ['Nvidia', 'OpenAI']]]);
  });

  test("an analyst's estimate is not a deal value", () => {
    expect(found('At current prices the Nvidia order from OpenAI could be worth more than $10 billion, analysts estimated.', 'en')).toEqual([]);
  });
});

test('the new level of a reported metric is not a deal ("rose 77.6% to $19 billion")', () => {
  expect(found('Microsoft said capital spending including finance leases rose 77.6% in the quarter to $19 billion.', 'en')).toEqual([]);
});
