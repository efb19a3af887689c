// The traps, language by language, where the per-module tests do not already
// cover them: scale words, vague counts, ranges, currencies, denied or recalled deals.
import { describe, expect, test } from 'vitest';
import { parseDigits, scanQuantities } from '../../../src/analysis/numbers.js';
import { tokenize } from '../../../src/analysis/tokens.js';
import { loadAnalyzer } from '../../../src/analysis/index.js';

const values = (text: string, lang: Parameters<typeof scanQuantities>[1]) => scanQuantities(text, lang, tokenize(text)).map((q) => q.value);
const real = loadAnalyzer('config');
const run = (text: string, lang: string) => real.analyze({ text, lang });

describe('thousand words and rare scale words', () => {
  test.each([
    ['10 thousand GPUs', 'en', 1e4],
    ['50 mil GPU', 'es', 5e4],
    ['50 mil GPUs', 'pt', 5e4],
    ['18 mille puces', 'fr', 18e3],
    ['zehn Tausend Chips', 'de', 1e4],
    ['10 Tsd. Chips', 'de', 1e4],
    ['5 millardos de dólares', 'es', 5e9],
    ['2 mil millones de dólares', 'es', 2e9],
    ['3 mil milhões de euros', 'pt', 3e9],
    ['1,5 Md$', 'fr', 1.5e9],
    ['$4.5tn', 'en', 4.5e12],
    ['38 bilhões', 'pt', 38e9],
    ['38 billions de dollars', 'fr', 38e12],
    ['3 Billionen Euro', 'de', 3e12],
    ['2 billones de dólares', 'es', 2e12],
    ['1 bilião de euros', 'pt', 1e12],
  ] as const)('%s (%s)', (text, lang, v) => {
    expect(values(text, lang)[0]).toBeCloseTo(v, -1);
  });

  test('digit groups in every convention', () => {
    expect(['38,000', '38.000', '38 000', '38’000'].map((s) => parseDigits(s, s === '38,000' ? 'en' : 'de').value)).toEqual([38000, 38000, 38000, 38000]);
  });
});

describe('vague counts are not chip counts, in every language', () => {
  test.each([
    ['OpenAI gets access to hundreds of thousands of Nvidia GPUs.', 'en'],
    ['OpenAI tendrá acceso a cientos de miles de GPU de Nvidia.', 'es'],
    ['A OpenAI terá acesso a centenas de milhares de GPUs da Nvidia.', 'pt'],
    ['OpenAI aura accès à des centaines de milliers de GPU de Nvidia.', 'fr'],
    ['OpenAI erhält Zugang zu Hunderttausenden Nvidia-GPUs.', 'de'],
    ['OpenAI tendrá decenas de miles de chips.', 'es'],
  ] as const)('%s', (text, lang) => {
    expect(run(text, lang).chip_counts).toEqual([]);
  });
});

describe('ranges report the upper bound as a ceiling, in every language', () => {
  test.each([
    ['Oracle signed a $10-15 billion agreement with OpenAI for GPU data center capacity.', 'en'],
    ['Oracle firmó un acuerdo con OpenAI de entre 10.000 y 15.000 millones de dólares para capacidad de centros de datos con GPU.', 'es'],
    ['A Oracle assinou com a OpenAI um acordo de 10 a 15 mil milhões de dólares para capacidade de centros de dados com GPU.', 'pt'],
    ["Oracle a signé avec OpenAI un contrat d'entre 10 et 15 milliards de dollars pour des capacités de centres de données avec des GPU.", 'fr'],
    ['Oracle hat mit OpenAI einen Vertrag über 10 bis 15 Milliarden Dollar für Rechenzentrumskapazität mit GPU abgeschlossen.', 'de'],
  ] as const)('%s', (text, lang) => {
    expect(run(text, lang).deals.map((d) => [d.amount, d.qualifier, d.parties])).toEqual([[15e9, 'up_to', ['Oracle', 'OpenAI']]]);
  });
});

describe('currency symbols, codes and words keep the original and convert to USD', () => {
  test.each([
    ['SoftBank signed a ¥1 trillion agreement with OpenAI for GPU data centre capacity in Japan.', 'en', 'JPY', 1e12],
    ['SoftBank signed a 1 trillion yen agreement with OpenAI for GPU data centre capacity in Japan.', 'en', 'JPY', 1e12],
    ['Nscale signed a 2 billion pound agreement with Microsoft for GPU data centre capacity.', 'en', 'GBP', 2e9],
    ['Nscale signed a GBP 2bn agreement with Microsoft for GPU data centre capacity.', 'en', 'GBP', 2e9],
    ['A Microsoft assinou um acordo de R$ 14,7 bilhões com a Scala para capacidade de centros de dados com GPUs.', 'pt', 'BRL', 14.7e9],
    ['Nebius firmó con Microsoft un contrato de 17.400 millones de dólares para capacidad de cómputo con GPU.', 'es', 'USD', 17.4e9],
    ['Die Telekom hat mit Nvidia einen Vertrag über 1 Milliarde Euro für ein KI-Rechenzentrum mit GPU abgeschlossen.', 'de', 'EUR', 1e9],
  ] as const)('%s', (text, lang, currency, amount) => {
    const [d] = run(text, lang).deals;
    expect(d).toMatchObject({ currency, amount });
    expect(d!.amount_usd).toBeGreaterThan(0);
  });
});

describe('a denied report is not a deal, in every language', () => {
  test.each([
    ['Nebius denied a report that it had signed a $5 billion GPU cloud contract with Google.', 'en'],
    ['Nebius desmintió haber firmado un contrato de 5.000 millones de dólares con Google para GPU en la nube.', 'es'],
    ['A Nebius negou ter assinado um contrato de 5 mil milhões de dólares com a Google para GPUs na nuvem.', 'pt'],
    ['Nebius a démenti avoir signé un contrat de 5 milliards de dollars avec Google pour des GPU dans le cloud.', 'fr'],
    ['Nebius dementierte, einen Vertrag über 5 Mrd. Dollar mit Google für GPU-Cloud-Kapazität unterzeichnet zu haben.', 'de'],
  ] as const)('%s', (text, lang) => {
    const r = run(text, lang);
    expect(r.is_ai_compute_deal).toBe(false);
    expect(r.deals).toEqual([]);
  });
});

describe('amounts that are not deal values, in every language', () => {
  const NEWS: Record<string, string> = {
    en: 'Oracle signed a $10 billion agreement with OpenAI for GPU data center capacity.',
    es: 'Oracle firmó un acuerdo de 10.000 millones de dólares con OpenAI para capacidad de centros de datos con GPU.',
    pt: 'A Oracle assinou um acordo de 10 mil milhões de dólares com a OpenAI para capacidade de centros de dados com GPU.',
    fr: 'Oracle a signé un contrat de 10 milliards de dollars avec OpenAI pour des capacités de centres de données avec des GPU.',
    de: 'Oracle hat mit OpenAI einen Vertrag über 10 Milliarden Dollar für Rechenzentrumskapazität mit GPU abgeschlossen.',
  };
  test.each([
    ['revenue', 'en', 'Oracle reported quarterly revenue of $16 billion.'],
    ['market value', 'en', 'Oracle added $240 billion to its market value.'],
    ['capex guidance', 'en', 'Oracle expects capital expenditures of $35 billion this year.'],
    ['revenue', 'es', 'Oracle obtuvo unos ingresos de 16.000 millones de dólares en el trimestre.'],
    ['market value', 'es', 'Oracle sumó 240.000 millones de dólares a su capitalización bursátil.'],
    ['capex guidance', 'es', 'Oracle prevé unas inversiones de 35.000 millones de dólares este año.'],
    ['revenue', 'pt', 'A Oracle registou receitas de 16 mil milhões de dólares no trimestre.'],
    ['market value', 'pt', 'A Oracle ganhou 240 mil milhões de dólares em valor de mercado.'],
    ['revenue', 'fr', "Oracle a publié un chiffre d'affaires trimestriel de 16 milliards de dollars."],
    ['market value', 'fr', 'Oracle a gagné 240 milliards de dollars de capitalisation boursière.'],
    ['revenue', 'de', 'Oracle meldete einen Quartalsumsatz von 16 Milliarden Dollar.'],
    ['market value', 'de', 'Oracle gewann 240 Milliarden Dollar an Börsenwert hinzu.'],
  ] as const)('%s (%s) next to a real deal', (_name, lang, noise) => {
    expect(run(`${NEWS[lang]} ${noise}`, lang).deals.map((d) => d.amount)).toEqual([10e9]);
  });
});

describe('every hardware family the issue names', () => {
  test('GB200, GB300, H100, H200, B200, B300, MI300X, MI355X, MI450, TPU generations, Trainium', () => {
    const hw = run('GB200 and GB300 systems, H100, H200, B200 and B300 GPUs, MI300X, MI355X and MI450 accelerators, TPU v5e, Ironwood TPUs and Trainium2 chips.', 'en').hardware;
    expect(hw).toEqual(expect.arrayContaining([
      'Nvidia GB200', 'Nvidia GB300', 'Nvidia H100', 'Nvidia H200', 'Nvidia B200', 'Nvidia B300',
      'AMD Instinct MI300X', 'AMD Instinct MI355X', 'AMD Instinct MI450', 'Google TPU v5e', 'Google Ironwood', 'Amazon Trainium2',
    ]));
  });
});

describe('giving up a right inside a new deal is not calling the deal off', () => {
  test.each([
    ['en', 'Microsoft gives up right of first refusal in new OpenAI cloud pact', 'REDMOND, Oct 28 - OpenAI has agreed to buy an additional $250 billion of Azure cloud services from Microsoft, which in turn renounces its right of first refusal as the startup\'s compute provider, the companies said on Tuesday.'],
    ['fr', 'OpenAI promet 250 milliards de dollars de cloud à Microsoft', 'OpenAI s\'engage à acheter pour 250 milliards de dollars de services Azure supplémentaires à Microsoft, qui renonce en échange à son droit de préemption sur les capacités de calcul de la start-up, ont annoncé mardi les deux groupes.'],
    ['es', 'OpenAI comprará 250.000 millones de dólares en servicios de Azure', 'OpenAI se compromete a comprar servicios de Azure por valor de 250.000 millones de dólares a Microsoft, que renuncia a cambio a su derecho de tanteo como proveedor de capacidad de cómputo, informaron este martes ambas compañías.'],
  ] as const)('%s', (lang, title, text) => {
    const r = real.analyze({ title, text, lang });
    expect(r.reasons.join(' ')).not.toContain('cancelled');
    expect(r.is_ai_compute_deal).toBe(true);
    expect(r.deals.map((d) => d.amount_usd)).toContain(250e9);
  });

  test('a deal called off is still one', () => {
    const r = real.analyze({ title: 'Microsoft renonce à un contrat de centres de données', text: 'Microsoft renonce à un contrat de location de centres de données de 2 gigawatts avec deux opérateurs, selon des analystes. Le groupe avait signé ces baux pour 3,3 milliards de dollars.', lang: 'fr' });
    expect(r.reasons.join(' ')).toContain('cancelled');
  });
});
