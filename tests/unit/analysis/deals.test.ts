import { describe, expect, test } from 'vitest';
import { companies, docOf, rates } from './fixtures/companies.js';
import { deals } from '../../../src/analysis/deals.js';
import { prepare } from '../../../src/analysis/doc.js';
import { Gazetteer } from '../../../src/analysis/entities.js';
import { MoneyReader } from '../../../src/analysis/money.js';

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

const gazetteer = new Gazetteer(companies);
const money = new MoneyReader(rates);
/** A story with a headline: the body starts after it. */
const foundIn = (title: string, text: string, lang: string) => deals(prepare({ title, text, lang }, gazetteer, money)).map((d) => [d.amount, [...d.parties].sort()]);

describe('parties of real articles', () => {
  test('lenders listed after "from", outside the gazetteer, are parties', () => {
    expect(found('Vantage Data Centers has secured a $38 billion loan from JPMorgan and MUFG to fund two AI data center campuses that will serve Oracle and OpenAI.', 'en'))
      .toEqual([[38e9, ['JPMorgan', 'MUFG', 'Vantage Data Centers'].sort()]]);
  });
  test.each([
    ['es', 'Merlin Properties ha firmado una financiación de 1.800 millones de euros con Santander, BBVA y CaixaBank para desarrollar sus centros de datos.', 1.8e9, ['BBVA', 'CaixaBank', 'Merlin Properties', 'Santander']],
    ['fr', "L'opérateur Data4 lève 2,1 milliards d'euros auprès de BNP Paribas, Société Générale et Crédit Agricole CIB pour financer ses centres de données.", 2.1e9, ['BNP Paribas', 'Crédit Agricole CIB', 'Data4', 'Société Générale']],
    ['de', 'Der KI-Cloud-Anbieter Polarise erhält 1,1 Mrd. Euro von Apollo, Deutsche Bank und der KfW für den Bau von KI-Rechenzentren.', 1.1e9, ['Apollo', 'Deutsche Bank', 'KfW', 'Polarise']],
    ['pt', 'A Petrobras contratou a Lenovo para fornecer um supercomputador com chips Nvidia, em um contrato de R$ 1,2 bilhão.', 1.2e9, ['Lenovo', 'Petrobras']],
  ])('a list of lenders or a subject outside the gazetteer (%s)', (lang, text, amount, parties) => {
    expect(found(text, lang)).toEqual([[amount, parties]]);
  });
  test('a company in a relative clause after the object is not a party', () => {
    expect(found('Hut 8 signed a $7 billion, 15-year lease with Fluidstack, whose customer Anthropic will use the campus for AI workloads.', 'en'))
      .toEqual([[7e9, ['Fluidstack', 'Hut 8']]]);
  });
  // Related-link headlines report other deals of the same market: they are labelled as deals (background), with only
  // the companies the teaser itself names.
  test('a deal named in a "Read more" / "Lea también" / "Lesen Sie auch" teaser keeps the teaser\'s own parties', () => {
    expect(foundIn('Nebius agrees deal with Meta', 'Nebius has agreed a $3 billion deal with Meta for AI infrastructure.\nRead more: CoreWeave signs $14 billion deal with Meta', 'en'))
      .toEqual([[3e9, ['Meta', 'Nebius']], [14e9, ['CoreWeave', 'Meta']]]);
    expect(found('Meta ha firmado un contrato de 10.000 millones de dólares con Google Cloud.\nLea también: Oracle firma un acuerdo de 300.000 millones con OpenAI', 'es'))
      .toEqual([[10e9, ['Google', 'Meta']], [300e9, ['OpenAI', 'Oracle']]]);
    expect(found('Die Telekom hat mit Nvidia einen Vertrag über 1 Mrd. Euro unterzeichnet.\nLesen Sie auch: Microsoft schließt Vertrag über 17,4 Mrd. Dollar mit Nebius', 'de'))
      .toEqual([[1e9, ['Deutsche Telekom', 'Nvidia']], [17.4e9, ['Microsoft', 'Nebius']]]);
  });
  test('a teaser figure with a single company is not given the story\'s parties', () => {
    expect(found('Nscale a signé avec Microsoft un contrat de 6 milliards de dollars.\nÀ lire aussi : Nvidia annonce un contrat de 2 milliards de dollars', 'fr'))
      .toEqual([[6e9, ['Microsoft', 'Nscale']]]);
  });
  test('a range is one deal with its upper bound', () => {
    const ds = deals(docOf("EDF fournira à Fluidstack l'électricité de son supercalculateur, dans le cadre d'un contrat d'une valeur comprise entre 6 et 7 milliards d'euros.", 'fr'));
    expect(ds.map((d) => [d.amount, d.qualifier])).toEqual([[7e9, 'up_to']]);
  });
  test('a cancelled agreement is not a deal', () => {
    expect(found('Amazon ha cancelado el arrendamiento de un centro de datos y rescinde así un acuerdo de 1.200 millones de euros con el promotor.', 'es')).toEqual([]);
  });
  test('a further tranche is its own entry', () => {
    expect(found('A Microsoft assinou um contrato de R$ 5 bilhões com a Nscale. A empresa também tem uma opção para uma ampliação adicional de R$ 1,5 bilhão.', 'pt').map((d) => d[0])).toEqual([5e9, 1.5e9]);
  });
});

describe('more party rules of real articles', () => {
  test('several figures in one clause: each takes the objects after it', () => {
    expect(found('Earlier this year, Microsoft signed a $9.7 billion contract with Iren and a $17.4 billion deal with Nebius.', 'en'))
      .toEqual([[9.7e9, ['Iren', 'Microsoft']], [17.4e9, ['Microsoft', 'Nebius']]]);
  });
  test.each([
    ['en', 'Oracle, which also supplies OpenAI and CoreWeave, signed a $20 billion cloud deal with Meta for data center capacity.', 20e9, ['Meta', 'Oracle']],
    ['es', 'Microsoft firmó con Nebius, que ya trabaja con Meta, un contrato de 17.400 millones de dólares para capacidad de cómputo.', 17.4e9, ['Microsoft', 'Nebius']],
  ])('a company named in an aside about a party is not a party (%s)', (lang, text, amount, parties) => {
    expect(found(text, lang)).toEqual([[amount, parties]]);
  });
  test('"the deal, worth …" takes the parties of the sentence that announced it', () => {
    expect(foundIn('Nebius agrees AI infrastructure deal with Meta',
      'AMSTERDAM, Nov 11 - Nebius Group has agreed to provide AI infrastructure to Meta Platforms over five years. Analysts at Goldman Sachs and Microsoft-backed rivals were surprised.\nThe deal, worth $3 billion, runs for five years.', 'en'))
      .toEqual([[3e9, ['Meta', 'Nebius']]]);
  });
  test('a power purchase agreement: the utility and the buyer', () => {
    expect(found('EDF will supply Fluidstack with low-carbon power for its AI supercomputer under a deal worth up to €7 billion.', 'en')).toEqual([[7e9, ['EDF', 'Fluidstack']]]);
  });
  test('a development bank lending after "do" (pt-BR) and an added credit line', () => {
    expect(found('A Scala Data Centers obteve um financiamento de R$ 5,2 bilhões do BNDES para construir centros de dados. O banco também aprovou uma linha de crédito adicional de R$ 1,5 bilhão.', 'pt'))
      .toEqual([[5.2e9, ['BNDES', 'Scala Data Centers']], [1.5e9, ['BNDES', 'Scala Data Centers']]]);
  });
  test('a supplier buying back capacity is its own entry (fr)', () => {
    expect(found("Nscale a signé un contrat de 6 milliards de dollars avec Microsoft. Nvidia rachètera par ailleurs de la capacité inutilisée pour 1,5 milliard d'euros.", 'fr').map((d) => d[0]))
      .toEqual([6e9, 1.5e9]);
  });
  test('a headline that rounds the body figure is the same deal', () => {
    expect(foundIn('CoreWeave signs $14 billion Meta contract', 'CoreWeave said it had signed a new $14.2 billion contract with Meta to supply computing capacity.', 'en').map((d) => d[0])).toEqual([14.2e9]);
  });
  test('a funding round is not a loan, even with investors named', () => {
    expect(found('Mistral AI a levé 1,7 milliard d\'euros lors d\'un tour de table auprès de ASML et Nvidia.', 'fr')).toEqual([]);
  });
});

describe('phrasing of real coverage', () => {
  test('a revenue figure the deal is measured against is not a deal', () => {
    expect(found('Oracle signed a $30bn cloud contract with OpenAI for AI data centres. The $30bn deal is a milestone for Oracle, representing nearly triple the $10.3bn in revenue the company generated from its data centre business last year.', 'en'))
      .toEqual([[30e9, ['OpenAI', 'Oracle']]]);
  });

  test('the chipmaker in a description of a party is not a party', () => {
    expect(found('Shares of Nebius soared after the provider of Nvidia graphics chips for training AI models said it signed an agreement with Microsoft worth up to $19.4 billion over five years.', 'en'))
      .toEqual([[19.4e9, ['Microsoft', 'Nebius']]]);
  });

  test('an acquisition announced by a consortium, its value in the next sentence', async () => {
    const { loadAnalyzer } = await import('../../../src/analysis/index.js');
    // The parties, whatever the verdict on a text this short.
    const verdict = { language: 'pt', is_ai_compute_deal: true, confidence: 1, reasons: [] };
    const r = loadAnalyzer('config').extract({ lang: 'pt', text: 'Um consórcio formado pelo fundo Blackrock e pelas gigantes tecnológicas Nvidia e Microsoft anunciou a aquisição da Aligned Data Centers. O negócio, avaliado em cerca de 34,38 mil milhões de euros, reforça a aposta em centros de dados para inteligência artificial.' }, verdict);
    expect(r.deals.map((d) => [d.amount, [...d.parties].sort()])).toEqual([[34.38e9, ['Aligned Data Centers', 'BlackRock', 'Microsoft', 'Nvidia']]]);
  });
});

describe('figures that are something else, in real phrasing', () => {
  test.each([
    ['es', 'Anthropic se comprometió a comprar capacidad en Azure por 30.000 millones de dólares. Tras la operación, Anthropic tendrá una valoración de unos 350.000 millones de dólares.', [30e9]],
    ['de', 'Meta hat mit CoreWeave einen Vertrag über 14,2 Mrd. Dollar geschlossen. CoreWeave hatte Ende Juni Schulden von rund 11 Mrd. Dollar in der Bilanz.', [14.2e9]],
    ['en', 'Hut 8 signed a $7 billion lease with Fluidstack. Hut 8 expects the lease to generate roughly $454 million of net operating income a year.', [7e9]],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(found(text, lang).map(([v]) => v)).toEqual(want);
  });
});

describe('who the parties are, in real phrasing', () => {
  test('the signer of a series of agreements is a party of the one listed', () => {
    expect(found('Nscale is one of several neoclouds. Microsoft has signed a series of agreements with such groups this autumn, including a contract worth as much as $19.4bn with Amsterdam-based Nebius.', 'en'))
      .toEqual([[19.4e9, ['Microsoft', 'Nebius']]]);
  });

  test('the investment of a project two companies agreed on is their deal', () => {
    expect(found('OpenAI y Oracle firmaron una carta de intención para desarrollar en la Patagonia un centro de datos de inteligencia artificial con una inversión que podría alcanzar los 25.000 millones de dólares.', 'es'))
      .toEqual([[25e9, ['OpenAI', 'Oracle']]]);
  });

  test('a commitment told in the pluperfect', () => {
    expect(found("En septembre, Microsoft s'était engagé auprès du néerlandais Nebius pour 17,4 milliards de dollars.", 'fr'))
      .toEqual([[17.4e9, ['Microsoft', 'Nebius']]]);
  });

  test('a second predicate of the same subject names other partners', () => {
    expect(found('OpenAI has also agreed to buy about $300 billion of computing power from Oracle over roughly five years and has signed chip agreements with Nvidia, AMD and Broadcom.', 'en'))
      .toEqual([[300e9, ['OpenAI', 'Oracle']]]);
  });
});

describe('deal values in real phrasing', () => {
  test('revenue a joint venture is expected to bring in is its value', () => {
    expect(found('Iren formed a joint venture with Fluidstack to develop a 168-megawatt data center campus in Texas, a project expected to bring in about $9.5 billion of contracted revenue over a 25-year lease.', 'en'))
      .toEqual([[9.5e9, ['Fluidstack', 'Iren']]]);
  });

  test('an all-stock acquisition valued in the same sentence', () => {
    expect(found('CoreWeave ha alcanzado un acuerdo para adquirir Fluidstack en una operación íntegramente en acciones que valora a la compañía en unos 9.000 millones de dólares.', 'es'))
      .toEqual([[9e9, ['CoreWeave', 'Fluidstack']]]);
  });
});

describe('not parties, in real phrasing', () => {
  test('"the Austin-based company" names where a party sits', () => {
    expect(found('OpenAI agreed last year to buy about $300 billion of computing power from the Austin-based company over roughly five years.', 'en').map(([, p]) => p))
      .not.toContainEqual(expect.arrayContaining(['Austin-based']));
  });

  test('the vendor of the processors a capacity deal gives access to', () => {
    expect(found('Das Gemeinschaftsunternehmen Nscale wird Microsoft Zugang zu Grafikprozessoren von Nvidia gewähren. Der Vertrag hat einen Wert von bis zu 6,2 Mrd. US-Dollar.', 'de'))
      .toEqual([[6.2e9, ['Microsoft', 'Nscale']]]);
  });
});

describe('more verbs of real coverage', () => {
  test.each([
    ['en', 'Fluidstack signed colocation contracts with Iren worth about $3.7 billion. Google backstopped $1.8 billion of those obligations.', [3.7e9, 1.8e9]],
    ['en', 'SoftBank sold its entire stake in Nvidia for $5.8 billion to fund its commitments.', []],
    ['es', 'Nscale y Fluidstack han comprometido en torno a 1.000 millones de dólares para la primera fase del centro de datos.', [1e9]],
    // Shares bought are a stake, not compute.
    ['en', 'Nvidia signed a $5 billion GPU supply deal with Nscale, and SoftBank agreed to buy $2 billion of Intel stock.', [5e9]],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(found(text, lang).map(([v]) => v)).toEqual(want);
  });
});

describe('generic phrases of real coverage are no parties or deals', () => {
  test('"a Big Tech customer" names no company', () => {
    expect(found('Nebius said it had agreed a five-year deal worth about $3 billion to provide AI infrastructure to Meta, the second large contract the neocloud has signed with a Big Tech customer.', 'en'))
      .toEqual([[3e9, ['Meta', 'Nebius']]]);
  });

  test('what an agreement and the business it attracts may add up to is a sum, not a deal', () => {
    expect(found('A AMD fechou um acordo com a OpenAI. O acordo e os negócios que ele deve atrair podem somar mais de US$ 100 bilhões em receita nos próximos quatro anos.', 'pt')).toEqual([]);
  });
});

describe('orders, guarantees and joint plans in real phrasing', () => {
  test.each([
    ['en', 'In May, Amazon and Nvidia announced plans to invest more than $5 billion in an AI Zone in Riyadh.', [[5e9, ['Amazon', 'Nvidia']]]],
    ['es', 'Broadcom avanzó un 9,8 %, impulsada por el encargo de 10.000 millones de dólares en chips a medida que la compañía comunicó la semana pasada.', [[10e9, ['Broadcom']]]],
    ['en', 'OpenAI has signed a string of deals, including a $300 billion agreement with Oracle, a partnership under which Nvidia will invest up to $100 billion as OpenAI deploys its systems, and an accord with AMD.', [[300e9, ['OpenAI', 'Oracle']], [100e9, ['Nvidia', 'OpenAI']]]],
    ['es', 'Fluidstack firmó un arrendamiento con Cipher Mining y Google avala 1.400 millones de dólares de las obligaciones de Fluidstack.', [[1.4e9, ['Cipher Mining', 'Fluidstack', 'Google']]]],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(found(text, lang)).toEqual(want);
  });
});

describe('headlines and subordinate clauses of real coverage', () => {
  test('a headline rounding the conversion of the body figure, without its currency, is the same deal', async () => {
    const { loadAnalyzer } = await import('../../../src/analysis/index.js');
    const r = loadAnalyzer('config').analyze({ lang: 'es', title: 'CoreWeave firma con Meta un acuerdo de 12.100 millones para proveerla de infraestructuras de IA', text: 'La empresa de computación en la nube ha firmado con Meta un contrato valorado en hasta 14.200 millones de dólares (12.107 millones de euros) para proporcionarle infraestructura de centros de datos para entrenar modelos de IA con GPU de Nvidia.' });
    expect(r.deals.map((d) => d.amount)).toEqual([14.2e9]);
  });

  test('a subordinate clause brings its own subject', () => {
    expect(found('El acuerdo con Meta se produce pocos días después de que CoreWeave ampliara su acuerdo con OpenAI valorado en 6.500 millones de dólares.', 'es'))
      .toEqual([[6.5e9, ['CoreWeave', 'OpenAI']]]);
  });
});

describe('background deals in a closing paragraph', () => {
  test('"Recent deals include X\'s $N investment in Y and Y\'s reported $M contract with Z"', () => {
    expect(found("The deal follows Nebius's $6.5 billion contract with OpenAI announced last week, reflecting the company's strategy to diversify its customer base away from Microsoft. Recent deals include Nvidia's $100 billion investment in OpenAI and OpenAI's reported $300 billion contract with Oracle.", 'en'))
      .toEqual([[6.5e9, ['Nebius', 'OpenAI']], [100e9, ['Nvidia', 'OpenAI']], [300e9, ['OpenAI', 'Oracle']]]);
  });
});

test('a German compound ending in -volumen values the joint project', async () => {
  const { loadAnalyzer } = await import('../../../src/analysis/index.js');
  const r = loadAnalyzer('config').extract({ lang: 'de', text: 'Die Deutsche Telekom und Nvidia wollen gemeinsam ein Rechenzentrum für Künstliche Intelligenz in München errichten. Das Investitionsvolumen beträgt eine Milliarde Euro, beide Unternehmen beteiligen sich an der Finanzierung.' }, { language: 'de', is_ai_compute_deal: true, confidence: 1, reasons: [] });
  expect(r.deals.map((d) => [d.amount, [...d.parties].sort()])).toEqual([[1e9, ['Deutsche Telekom', 'Nvidia']]]);
});

describe('sums and project costs are no agreement values', () => {
  test('a headline adding up two leases of the body is their sum, not a third deal', () => {
    const ds = deals(docOf('Nvidia agreed to lease servers from Lambda for four years, with a total value of $1.3 billion. Nvidia made another $200 million deal with the company to lease 8,000 servers.', 'en', 'Nvidia spends $1.5 billion to rent GPU servers from Lambda'));
    expect(ds.map((d) => d.amount)).toEqual([1.3e9, 200e6]);
  });

  test.each([
    ['en', 'Nvidia agreed to lease 10,000 servers from Lambda, with a total value of $1.3 billion.', 1.3e9],
    ['es', 'Nvidia alquilará servidores a Lambda por un valor total de 1.300 millones de dólares.', 1.3e9],
    ['fr', "Nvidia louera des serveurs à Lambda pour une valeur totale de 1,3 milliard de dollars.", 1.3e9],
    ['de', 'Nvidia mietet Server von Lambda mit einem Gesamtwert von 1,3 Milliarden Dollar.', 1.3e9],
  ])('"with a total value of" one agreement is its value (%s)', (lang, text, amount) => {
    expect(deals(docOf(text, lang)).map((d) => d.amount)).toEqual([amount]);
  });

  test('"the financing for the $15 billion development" names what the project costs', () => {
    expect(found('Oracle arranged the financing for the $15 billion development with Crusoe.', 'en')).toEqual([]);
    expect(found('Oracle signed a $15 billion data center lease with Crusoe.', 'en')).toEqual([[15e9, ['Crusoe', 'Oracle']]]);
  });
});

describe('spending under an agreement and the total value of one contract', () => {
  test('"invertirá hasta 5.000 millones … de Nebius en el marco de una alianza" is the alliance\'s value', () => {
    expect(found('Microsoft invertirá hasta 5.000 millones de dólares (4.300 millones de euros) para implantar la tecnología de refrigeración de Nebius en el marco de una alianza estratégica para infraestructura de IA.', 'es'))
      .toEqual([[5e9, ['Microsoft', 'Nebius']]]);
  });
  test('"would bring the total expected contract revenue to $1 billion" is the ceiling of one lease', () => {
    expect(found('AMD signed a ten-year lease with Iren expected to generate $311 million in contract revenue. Three extension options would bring the total expected contract revenue to $1 billion.', 'en'))
      .toEqual([[311e6, ['AMD', 'Iren']], [1e9, ['AMD', 'Iren']]]);
  });
});

describe('ceilings in parentheses, totals of one deal, German purchase verbs', () => {
  test('"(Option bis 19,4 Mrd. USD)" is the ceiling of the same contract, not a conversion', () => {
    expect(found('Nebius hatte einen Fünfjahresdeal über 17,4 Mrd. USD (Option bis 19,4 Mrd. USD) mit Microsoft gemeldet.', 'de'))
      .toEqual([[17.4e9, ['Microsoft', 'Nebius']], [19.4e9, ['Microsoft', 'Nebius']]]);
  });
  test('"(about €14.8 billion)" stays a conversion', () => {
    expect(found('Nebius signed a $17.4 billion (about €14.8 billion) contract with Microsoft.', 'en')).toEqual([[17.4e9, ['Microsoft', 'Nebius']]]);
  });
  test('"Der insgesamt 38 Milliarden Dollar schwere Deal" is one agreement', () => {
    expect(found('OpenAI zapft die Rechenzentren von Amazon an. Der insgesamt 38 Milliarden Dollar schwere Deal gewährt OpenAI Zugang zu Chipsystemen von Nvidia.', 'de'))
      .toEqual([[38e9, ['Amazon', 'OpenAI']]]);
  });
  test('"will OpenAI Rechenleistung für 250 Milliarden Dollar beziehen"', () => {
    expect(found('Auch beim Investor Microsoft will OpenAI über die Jahre Rechenleistung für 250 Milliarden Dollar beziehen.', 'de')).toEqual([[250e9, ['Microsoft', 'OpenAI']]]);
  });
});

describe('a joint build with its investment, revenue over the life of a contract', () => {
  test('"wollen Nvidia und die Deutsche Telekom gemeinsam eines in München bauen – das Investment soll sich auf eine Milliarde Euro belaufen"', () => {
    expect(found('Nach Informationen von Bloomberg wollen Nvidia und die Deutsche Telekom gemeinsam ein Rechenzentrum in München bauen – das Investment soll sich auf rund eine Milliarde Euro belaufen.', 'de'))
      .toEqual([[1e9, ['Deutsche Telekom', 'Nvidia']]]);
  });
  test('"expects to earn about $18 billion in revenue over the life of the contract" is the contract\'s value', () => {
    expect(found('Iren signed a power purchase agreement with Amazon for its data centers. Iren expects to earn about $18 billion in revenue over the life of the contract.', 'en'))
      .toEqual([[18e9, ['Amazon', 'Iren']]]);
  });
});
