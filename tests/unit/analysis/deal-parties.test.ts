// Who is party to an agreement, read with the project's real gazetteer (config/entities.yaml):
// lenders and bond buyers of financings, pronouns and generic subjects, definite
// references, plural subjects, lists with descriptors, and the companies that are not
// parties (tenants, modifiers, vendors of the goods, the next figure's subject).
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../../src/shared/config/index.js';
import { Gazetteer } from '../../../src/analysis/entities.js';
import { MoneyReader } from '../../../src/analysis/money.js';
import { prepare } from '../../../src/analysis/doc.js';
import { deals } from '../../../src/analysis/deals.js';

const cfg = loadConfig('config', {});
const gazetteer = new Gazetteer(cfg.companies);
const money = new MoneyReader(cfg.rates);
const read = (text: string, lang: string, title?: string) => deals(prepare({ text, lang, ...(title ? { title } : {}) }, gazetteer, money));
/** [amount, sorted parties] of every deal. */
const found = (text: string, lang: string, title?: string) => read(text, lang, title).map((d) => [d.amount, [...d.parties].sort()]);
const sorted = (xs: string[]) => [...xs].sort();

describe('lenders, arrangers and bond buyers of a financing', () => {
  test.each([
    ['en', 'Stack Infrastructure has raised $9 billion of loans for three AI campuses that it will lease to Microsoft. The debt is being arranged by Barclays and Wells Fargo, according to a person briefed on it.', 9e9, ['Barclays', 'Stack Infrastructure', 'Wells Fargo']],
    ['en', 'Aligned Data Centers closed a $4 billion construction loan for its Ohio campus. HSBC and ING are among the lenders, the company said.', 4e9, ['Aligned Data Centers', 'HSBC', 'ING']],
    ['es', 'Merlin Properties ha cerrado un préstamo de 900 millones de euros para su campus de centros de datos. La financiación está liderada por CaixaBank y BBVA.', 900e6, ['BBVA', 'CaixaBank', 'Merlin Properties']],
    ['pt', 'A Scala Data Centers fechou um financiamento de R$ 3 bilhões para o seu campus de IA. A operação foi liderada pelo Itaú e pelo Bradesco.', 3e9, ['Bradesco', 'Itaú', 'Scala Data Centers']],
    ['fr', "Data4 a bouclé un financement de 1,5 milliard d'euros pour ses centres de données. Le prêt est arrangé par BNP Paribas et Natixis.", 1.5e9, ['BNP Paribas', 'Data4', 'Natixis']],
    ['de', 'Der Rechenzentrumsbetreiber Northern Data hat sich Kredite über 800 Millionen Euro gesichert. Geldgeber sind die Commerzbank und die KfW.', 800e6, ['Commerzbank', 'KfW', 'Northern Data']],
    ['de', 'Polarise hat sich eine Finanzierung über 300 Millionen Euro von der Deutschen Bank gesichert.', 300e6, ['Deutsche Bank', 'Polarise']],
  ])('lenders named in the next sentence (%s)', (lang, text, amount, parties) => {
    expect(found(text, lang)).toEqual([[amount, parties]]);
  });

  test.each([
    ['en', 'Meta sold $25 billion of bonds to fund its Louisiana AI campus. Pimco anchored the sale, with Morgan Stanley acting as adviser.', ['Meta', 'Pimco']],
    ['es', 'Meta colocó 25.000 millones de dólares en bonos para financiar su campus de IA. Pimco se ha quedado con la mayor parte de la emisión.', ['Meta', 'Pimco']],
    ['pt', 'A Meta colocou US$ 25 bilhões em títulos de dívida para o seu campus de IA. A Pimco comprou a maior parte dos papéis.', ['Meta', 'Pimco']],
  ])('the anchor buyer of a bond sale is a party, an adviser is not (%s)', (lang, text, parties) => {
    expect(found(text, lang).map((d) => d[1])).toEqual([sorted(parties)]);
  });

  test('the owner of the borrowing vehicle named after the financing', () => {
    expect(found('Meta closed a $20 billion private financing for its Texas AI campus. Funds managed by Blue Owl Capital will own 80% of the venture.', 'en'))
      .toEqual([[20e9, ['Blue Owl', 'Meta']]]);
  });

  test('a tenant of the financed campus is not a party; the next paragraph is another story', () => {
    expect(found('Vantage Data Centers secured a $12 billion loan from JPMorgan to build a campus that will be leased to Oracle.\nOracle, for its part, signed a cloud deal with Meta.', 'en'))
      .toEqual([[12e9, ['JPMorgan', 'Vantage Data Centers']]]);
  });

  test('a financing followed by another financing keeps its own lenders', () => {
    expect(found('JPMorgan and MUFG are leading a $30 billion debt package for Vantage Data Centers. Morgan Stanley arranged $20 billion of bonds for Meta, most of which was bought by Pimco.', 'en'))
      .toEqual([[30e9, ['JPMorgan', 'MUFG', 'Vantage Data Centers']], [20e9, ['Meta', 'Morgan Stanley', 'Pimco']]]);
  });

  test('trap: "led by" in a funding round names investors of a round, not a financing', () => {
    expect(found('Anthropic raised $13 billion in a Series F round led by Iconiq and Fidelity.', 'en')).toEqual([]);
  });
});

describe('subjects that point back', () => {
  test.each([
    ['en', 'Meta has been adding computing capacity at a record pace. Last month it agreed a cloud deal with Google worth $10 billion.', ['Google', 'Meta']],
    ['es', 'Meta acelera su apuesta por la nube. El mes pasado la compañía firmó con Google un contrato de 10.000 millones de dólares.', ['Google', 'Meta']],
    ['pt', 'A Meta acelera os investimentos em nuvem. A empresa fechou com a Google um contrato de US$ 10 bilhões.', ['Google', 'Meta']],
    ['fr', "Meta accélère dans le cloud. Le mois dernier, le groupe a signé avec Google un contrat de 10 milliards de dollars.", ['Google', 'Meta']],
    ['de', 'Meta baut seine Rechenkapazität aus. Im Oktober hat der Konzern mit Google einen Vertrag über 10 Mrd. Dollar geschlossen.', ['Google', 'Meta']],
  ])('a pronoun or generic subject takes the company named before (%s)', (lang, text, parties) => {
    expect(found(text, lang).map((d) => d[1])).toEqual([sorted(parties)]);
  });

  test.each([
    ['en', 'Crusoe, Blue Owl and Primary Digital Infrastructure announced the second phase of their Texas campus. The three partners formed a $15 billion joint venture for it.'],
    ['es', 'Crusoe, Blue Owl y Primary Digital Infrastructure anunciaron la segunda fase del campus. Los socios crearon una sociedad conjunta de 15.000 millones de dólares.'],
  ])('a plural subject takes the companies listed together (%s)', (lang, text) => {
    expect(found(text, lang)).toEqual([[15e9, ['Blue Owl', 'Crusoe', 'Primary Digital Infrastructure']]]);
  });

  test.each([
    ['en', 'Hut 8 signed a $7 billion lease with Fluidstack. Google will guarantee $1.8 billion of the rent. The agreement includes options that could lift its value to $17.7 billion, Hut 8 said.'],
    ['es', 'Hut 8 firmó un arrendamiento de 7.000 millones de dólares con Fluidstack. Google garantizará 1.800 millones de dólares del alquiler. El contrato incluye opciones que podrían elevar su valor a 17.700 millones de dólares, según Hut 8.'],
  ])('"the agreement" refers to the story\'s agreement, not the last one told (%s)', (lang, text) => {
    const ds = found(text, lang);
    expect(ds[0]).toEqual([7e9, ['Fluidstack', 'Hut 8']]);
    expect(ds[2]).toEqual([17.7e9, ['Fluidstack', 'Hut 8']]);
  });

  test('"the deal" in a sentence naming no company is the story\'s, not that of the companies the sentence before lists', () => {
    const text = 'Hut 8 has signed a $7 billion lease with Fluidstack. The deal also ropes in Entergy for power and JPMorgan and Goldman Sachs for financing. The deal also features renewal options that could increase the contract value to about $17.7 billion.';
    expect(found(text, 'en')).toEqual([[7e9, ['Fluidstack', 'Hut 8']], [17.7e9, ['Fluidstack', 'Hut 8']]]);
  });

  test('"that contract" points at the agreement of the sentence before', () => {
    const text = 'Cipher signed a $5.5 billion lease with AWS. In September the company agreed a colocation deal with Fluidstack. That contract is worth roughly $3 billion.';
    expect(found(text, 'en')[1]).toEqual([3e9, ['Cipher Mining', 'Fluidstack']]);
  });

  test.each([
    ['en', 'Broadcom said it had booked more than $10 billion in orders for AI racks from a new customer it did not name.', ['Broadcom']],
    ['pt', 'A Galaxy Digital assinou com a CoreWeave. A empresa obteve um financiamento de projeto de US$ 1,4 bilhão para a primeira fase.', ['Galaxy Digital']],
    ['es', 'Sakura Internet compró chips por 20.000 millones de yenes a socios de Nvidia.', ['Sakura Internet']],
  ])('one party when the other side is described but not named (%s)', (lang, text, parties) => {
    expect(found(text, lang).map((d) => d[1])).toEqual([parties]);
  });
});

describe('lists and appositives', () => {
  test.each([
    ['de', 'Microsoft hat mit dem britischen Anbieter Nscale und dem norwegischen Industriekonzern Aker einen Vertrag über 6 Mrd. Dollar geschlossen.'],
    ['fr', "Microsoft a signé avec la start-up britannique Nscale et le conglomérat norvégien Aker un contrat de 6 milliards de dollars."],
    ['es', 'Microsoft ha firmado con la británica Nscale y el grupo noruego Aker un contrato de 6.000 millones de dólares.'],
  ])('descriptors in front of the names of a list (%s)', (lang, text) => {
    expect(found(text, lang)).toEqual([[6e9, ['Aker', 'Microsoft', 'Nscale']]]);
  });

  test('four partners of a joint venture named in the headline', () => {
    expect(found('Une première tranche de 8 milliards d\'euros est prévue pour le campus.', 'fr', 'MGX, Bpifrance, Mistral AI et Nvidia créent une coentreprise'))
      .toEqual([[8e9, ['Bpifrance', 'MGX', 'Mistral AI', 'Nvidia']]]);
  });

  test.each([
    ['fr', "OpenAI a signé un contrat de 300 milliards de dollars avec Oracle, un partenariat dans lequel Nvidia prévoit d'investir jusqu'à 100 milliards de dollars, ainsi qu'un accord avec AMD."],
    ['en', 'OpenAI signed a $300 billion contract with Oracle, a partnership in which Nvidia will invest up to $100 billion, as well as a deal with AMD.'],
  ])('the next figure\'s subject and a further agreement are not parties of the first (%s)', (lang, text) => {
    expect(found(text, lang)).toEqual([[300e9, ['OpenAI', 'Oracle']], [100e9, ['Nvidia', 'OpenAI']]]);
  });

  test('"including a contract with X worth …" is its own agreement', () => {
    expect(found('Microsoft has struck several deals with neoclouds, including a contract with Nebius worth up to $19.4 billion.', 'en')).toEqual([[19.4e9, ['Microsoft', 'Nebius']]]);
  });
});

describe('companies that are not parties', () => {
  test.each([
    ['en', 'The Meta order follows Nebius\' agreement with Microsoft, under which it will supply capacity for $17.4 billion.', ['Microsoft', 'Nebius']],
    ['en', 'JPMorgan and MUFG are leading a $38 billion debt package for two Oracle-linked campuses being developed by Vantage Data Centers.', ['JPMorgan', 'MUFG', 'Vantage Data Centers']],
    ['en', 'Iren agreed to buy Nvidia GB300 chips and related equipment from Dell for about $5.8 billion.', ['Dell', 'Iren']],
    ['pt', 'A Microsoft fechou um contrato de US$ 9,5 bilhões com a australiana Iren para usar chips GB300 da Nvidia.', ['Iren', 'Microsoft']],
    ['en', 'Oracle will buy about $40 billion of Nvidia chips for OpenAI\'s Abilene data center.', ['Nvidia', 'Oracle']],
  ])('%s: %s', (lang, text, parties) => {
    expect(found(text, lang).map((d) => d[1])).toEqual([sorted(parties)]);
  });

  test('trap: in a financing, "for X\'s campus" names the borrower', () => {
    expect(found('Morgan Stanley arranged $27 billion of bonds for Meta\'s Hyperion campus.', 'en')).toEqual([[27e9, ['Meta', 'Morgan Stanley']]]);
  });
});

describe('several amounts shared by several investors', () => {
  test.each([
    ['en', 'Anthropic committed to buy $30 billion of Azure capacity, and Nvidia and Microsoft will invest up to $10 billion and $5 billion respectively in the AI lab.'],
    ['es', 'Anthropic comprará capacidad de Azure por 30.000 millones de dólares, mientras que Nvidia y Microsoft invertirán en la desarrolladora de Claude hasta 10.000 y 5.000 millones, respectivamente.'],
    ['de', 'Anthropic kauft Rechenleistung im Wert von 30 Milliarden Dollar bei Microsoft ein. Nvidia und Microsoft beteiligen sich mit bis zu zehn beziehungsweise fünf Milliarden Dollar an Anthropic.'],
  ])('"respectively" pairs each investor with its amount (%s)', (lang, text) => {
    expect(found(text, lang)).toEqual([[30e9, ['Anthropic', 'Microsoft']], [10e9, ['Anthropic', 'Nvidia']], [5e9, ['Anthropic', 'Microsoft']]]);
  });
});

describe('titles before a person are no parties', () => {
  test('"annoncé par le Président américain Donald Trump"', () => {
    const text = "Le contrat d'une valeur de 30 milliards de dollars entre OpenAI et Oracle constituerait une partie de l'accord Stargate annoncé par le Président américain Donald Trump.";
    expect(found(text, 'fr')).toEqual([[30e9, ['OpenAI', 'Oracle']]]);
  });
});

describe('vendors of bought chips and partners of a vendor', () => {
  test('"a acheté pour quarante milliards de dollars de puces Nvidia": bought from Nvidia', () => {
    expect(found("Oracle a également acheté pour quarante milliards de dollars de puces Nvidia l'an dernier.", 'fr')).toEqual([[40e9, ['Nvidia', 'Oracle']]]);
  });
  test('"an order placed with Nvidia partners": the partners sold, not Nvidia', () => {
    expect(found('The purchase follows a $200 million order Sakura Internet placed with Nvidia partners in 2024 for about 2,000 H100 chips.', 'en')).toEqual([[200e6, ['Sakura Internet']]]);
  });
});

describe('spending is no deal value', () => {
  test('"les dépenses colossales de Meta, évaluées entre 114 et 118 milliards"', () => {
    expect(found("L'accord avec Google s'inscrit dans les dépenses colossales de Meta, évaluées entre 114 et 118 milliards de dollars cette année.", 'fr')).toEqual([]);
  });
});

describe('news agencies are no parties', () => {
  test('"the tenant was not named, Reuters reported"', () => {
    expect(found('Hut 8 signed a $9.8 billion lease for its Beacon Point campus with a tenant it did not name, according to Reuters.', 'en')).toEqual([[9.8e9, ['Hut 8']]]);
  });
});

describe('figures of an absolute clause and a total word that sums an earlier figure', () => {
  test('"a combined $15 billion into Anthropic, with Microsoft contributing up to $5 billion and Nvidia adding up to $10 billion"', () => {
    const text = 'Microsoft and Nvidia just dropped a combined $15 billion into Anthropic, with Microsoft contributing up to $5 billion and Nvidia adding up to $10 billion, according to people familiar with the matter.';
    expect(found(text, 'en')).toEqual([[5e9, ['Anthropic', 'Microsoft']], [10e9, ['Anthropic', 'Nvidia']]]);
  });
  test('the low end of a range stays under the total word ("a combined annual market of $25 billion to $50 billion")', () => {
    expect(found('Huang said the partnership with Intel addresses a combined annual market of $25 billion to $50 billion.', 'en')).toEqual([]);
  });
});
