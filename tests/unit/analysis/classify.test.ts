import { describe, expect, test } from 'vitest';
import { analyzer } from './fixtures/companies.js';
import { loadAnalyzer } from '../../../src/analysis/index.js';

const isDeal = (text: string, lang?: string) => analyzer.classify(lang ? { text, lang } : { text });

describe('AI-compute deals in every language', () => {
  test.each([
    ['en', 'OpenAI has signed a seven-year, $38 billion agreement with Amazon Web Services to run its AI workloads on Nvidia GPUs in AWS data centers. The contract gives the ChatGPT maker access to hundreds of thousands of GPUs. Amazon shares rose 4%.'],
    ['es', 'OpenAI ha firmado un acuerdo con AWS valorado en 38.000 millones de dólares para usar su infraestructura de computación en la nube y sus centros de datos con GPU de Nvidia. Las acciones de Amazon subieron un 4 %.'],
    ['pt', 'A Microsoft assinou um acordo de 10 mil milhões de dólares com a Nscale para instalar 12.600 GPU Nvidia num centro de dados em Sines, com uma potência de 1,2 gigawatts.'],
    ['fr', 'Nebius a signé avec Microsoft un contrat pluriannuel de fourniture de capacités de calcul d’une valeur de 17,4 milliards de dollars, avec des processeurs graphiques dans un centre de données de 300 mégawatts.'],
    ['de', 'Der Cloud-Anbieter CoreWeave hat mit Nvidia einen Vertrag über 6,3 Milliarden US-Dollar abgeschlossen. Nvidia verpflichtet sich, ungenutzte Rechenkapazität in den Rechenzentren abzunehmen.'],
  ])('%s', (lang, text) => {
    const c = isDeal(text, lang);
    expect(c.is_ai_compute_deal).toBe(true);
    expect(c.language).toBe(lang);
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.reasons.some((r) => r.startsWith('deal '))).toBe(true);
  });
});

describe('hard negatives stay out', () => {
  test.each([
    ['earnings', 'en', 'Nvidia forecast fourth-quarter revenue of about $65 billion. Revenue in the third quarter rose 62% to $57.0 billion and the data-center unit brought in $51.2 billion from GPUs. Shares rose 5% after the quarterly results.'],
    ['chip launch', 'pt', 'A Nvidia apresentou nesta terça-feira a nova geração de chips Blackwell Ultra para centros de dados. O sistema GB300 NVL72 reúne 72 GPUs. As ações da Nvidia caíram 3,4%.'],
    ['model release', 'es', 'OpenAI presentó el jueves GPT-5, su nuevo modelo, entrenado en la nube de Microsoft Azure con GPU de Nvidia. El lanzamiento llega tras meses de retrasos. Las acciones de Microsoft bajaron un 0,8 %.'],
    ['antitrust', 'es', 'El regulador chino concluyó que Nvidia vulneró la ley antimonopolio con la compra de Mellanox, una operación de 6.900 millones de dólares cerrada en 2020. La investigación sigue abierta. Las acciones de Nvidia cayeron un 2,5 %.'],
    ['non-AI buyout', 'en', 'Electronic Arts agreed to be taken private in a $55 billion leveraged buyout by a consortium. The deal is the largest takeover of its kind. Shareholders will receive $210 a share.'],
    ['market wrap', 'en', 'U.S. stocks fell on Tuesday. The Nasdaq Composite dropped 2.0% and the S&P 500 lost 1.2%. Nvidia fell 3.2% and Oracle lost 3.8 percent in a broad selloff of AI stocks.'],
    ['GPU review', 'en', 'Review: the GeForce RTX 5070 brings frame generation to the midrange for $549. In our benchmark it averaged 58 frames per second, and AMD\'s card offers 16GB.'],
    ['earnings call', 'fr', "Equinix a relevé ses prévisions de chiffre d'affaires à 9,2 milliards de dollars. La direction n'a annoncé aucun nouveau contrat lors de la conférence sur les résultats trimestriels. Le titre a reculé de 1,8 %."],
    ['export charge', 'de', 'Nvidia rechnet wegen Exportbeschränkungen mit einer Belastung von rund 5,5 Mrd. US-Dollar. Die Nvidia-Aktie fiel um rund 6 Prozent. Der Umsatz im Quartal lag bei 44 Mrd. Dollar.'],
    ['empty', 'en', ''],
  ])('%s', (_name, lang, text) => {
    expect(isDeal(text, lang).is_ai_compute_deal).toBe(false);
  });
});

test('language detection without a hint', () => {
  expect(isDeal('Las acciones de la compañía subieron un 4 % tras el acuerdo con la empresa de Redmond.').language).toBe('es');
  expect(isDeal('As ações da empresa subiram 4% depois do acordo com a gigante de Redmond.').language).toBe('pt');
  expect(isDeal("L'action du groupe a progressé de 4 % après l'accord avec le géant de Redmond.").language).toBe('fr');
  expect(isDeal('Die Aktie des Konzerns stieg um 4 Prozent nach der Einigung mit dem Softwarekonzern.').language).toBe('de');
  expect(isDeal('Shares of the company rose 4% after the agreement with the software giant.').language).toBe('en');
  expect(isDeal('12345 67890').language).toBe('und');
});

// Realistic scraped articles: datelines, teasers of other stories, background paragraphs.
describe('real-article negatives: no new agreement is reported', () => {
  test.each([
    ['earnings with capex, backlog and a recalled deal', 'en', 'Oracle beats estimates as cloud backlog swells; capex outlook raised',
      'AUSTIN, Texas, Dec 10 (Reuters) - Oracle reported quarterly revenue of $16.1 billion on Wednesday, and said capital expenditures would reach $35 billion this fiscal year as it builds data centers packed with Nvidia GPUs.\nRemaining performance obligations rose to $523 billion. Earlier this year, OpenAI signed a $300 billion agreement to buy computing power from Oracle over five years.\nRead more: Nvidia signs $2 billion deal with Synopsys\nShares fell 11% in extended trading.'],
    ['Spanish results with investment guidance', 'es', 'Amazon dispara su beneficio neto y eleva su previsión de inversiones',
      'MADRID, 31 Oct. (EUROPA PRESS) - Amazon obtuvo un beneficio neto de 21.187 millones de dólares en el tercer trimestre, con unos ingresos de 180.169 millones, gracias a su negocio de computación en la nube.\nLa compañía prevé unas inversiones de 125.000 millones de dólares en centros de datos este año. El año pasado, AWS firmó un acuerdo de 4.000 millones con Anthropic.\nLea también: Meta firma un contrato de 10.000 millones con Google\nLas acciones subían un 11 %.'],
    ['cancelled lease (en)', 'en', 'Microsoft walks away from data center leases',
      'NEW YORK, March 26 - Microsoft has walked away from new data center projects totaling 2 gigawatts, analysts said. The company cancelled leases with two private operators. It had signed leases worth about $3.3 billion in 2024. Nvidia shares fell 2%.'],
    ['cancelled lease (de)', 'de', 'Amazon kündigt Mietvertrag für Rechenzentrum in Hessen',
      'FRANKFURT - Amazon kündigt den Mietvertrag für ein Rechenzentrum mit 150 Megawatt in Hessen. Der Vertrag über 1,2 Mrd. Euro war im vergangenen Jahr unterzeichnet worden. Die Aktie gab 1 Prozent nach.'],
    ['export-control rule', 'en', 'US issues new rule curbing AI chip exports',
      'WASHINGTON, Jan 13 - The Commerce Department issued a rule restricting exports of AI chips and GPUs to China. Companies such as Microsoft and Amazon can obtain licenses to build data centers abroad. Last year, Nvidia signed deals worth $5 billion with Chinese cloud providers, analysts estimated.'],
    ['non-AI media takeover', 'es', 'Netflix lanza una OPA de 72.000 millones sobre Warner Bros',
      'LOS ÁNGELES, 5 Dic. - Netflix ha alcanzado un acuerdo para comprar Warner Bros Discovery por 72.000 millones de dólares. La fusión debe recibir el visto bueno de los reguladores. Netflix financiará la compra con un préstamo de 59.000 millones de dólares.'],
    ['tax incentive programme', 'pt', 'Governo cria regime especial para atrair centros de dados',
      'BRASÍLIA, 17 set - O governo publicou uma medida provisória que cria um regime especial de tributação para centros de dados, com isenção de impostos sobre servidores e GPUs. O programa pode atrair R$ 2 trilhões em investimentos. No ano passado, a Microsoft assinou um acordo de R$ 14,7 bilhões para ampliar a nuvem no país.'],
    ['year in review (de)', 'de', 'Rückblick 2025: Das Jahr der KI-Megadeals',
      'BERLIN - Im Frühjahr unterzeichnete OpenAI einen Vertrag über 300 Mrd. US-Dollar mit Oracle für Rechenzentren. Microsoft schloss im November mit Nebius einen Vertrag über 17,4 Mrd. Dollar ab. Experten erwarten, dass sich der Boom abkühlt.'],
    ['year in review (en)', 'en', 'The year AI ate the grid',
      'In 2025, Meta signed a $10 billion cloud deal with Google, and OpenAI agreed to buy $38 billion of AWS capacity in November. Hyperscalers poured more than $400 billion into data centers.'],
    ['year in review (fr)', 'fr', "Bilan 2025 : l'année des centres de données",
      "PARIS - En février, Mistral AI a signé un accord de 8 milliards d'euros avec MGX pour un campus de centres de données. L'an dernier, Microsoft avait conclu un contrat de 17,4 milliards de dollars avec Nebius."],
  ])('%s', (_name, lang, title, text) => {
    const c = analyzer.classify({ title, text, lang });
    expect(c.is_ai_compute_deal).toBe(false);
  });
});

describe('real-article positives stay positive', () => {
  test.each([
    ['loan from banks (en)', 'en', 'Vantage secures $38 billion loan for AI data center campuses',
      'DENVER, Dec 3 - Vantage Data Centers has secured a $38 billion loan from JPMorgan and MUFG to fund two AI data center campuses in Texas that will serve Oracle and OpenAI.\nRead more: CoreWeave signs $14 billion deal with Meta'],
    ['financing (de)', 'de', 'Polarise erhält 1,1 Mrd. Euro für KI-Rechenzentren',
      'MÜNCHEN - Der KI-Cloud-Anbieter Polarise erhält 1,1 Mrd. Euro von Apollo, Deutsche Bank und der KfW für den Bau von KI-Rechenzentren mit Nvidia-Grafikprozessoren.\nLesen Sie auch: Telekom baut KI-Fabrik'],
    ['new deal with a background paragraph (es)', 'es', 'Meta firma un contrato de 10.000 millones con Google Cloud',
      'MADRID, 22 Ago. - Meta ha firmado un contrato de computación en la nube con Google Cloud por más de 10.000 millones de dólares para seis años.\nEl año pasado, Meta ya había cerrado acuerdos con CoreWeave y Nebius para ampliar su capacidad de centros de datos.'],
  ])('%s', (_name, lang, title, text) => {
    const c = analyzer.classify({ title, text, lang });
    expect(c.is_ai_compute_deal).toBe(true);
  });
});

describe('the news is in the headline and the lead', () => {
  test('a long analysis that recalls deals deep in the body is not a deal story', () => {
    const text = [
      'NEW YORK, Nov 24 (Reuters) - Investors are increasingly questioning the web of agreements that tie together the biggest names in artificial intelligence, as technology stocks swung sharply this month.',
      'Nvidia shares have fallen about 12% from their peak, while Oracle has lost a third of its value since September.',
      'The worries center on circular financing. Nvidia agreed to invest up to $100 billion in OpenAI, which committed to buy millions of Nvidia GPUs. OpenAI also signed a $300 billion computing contract with Oracle and a deal with AMD for 6 gigawatts of chips.',
      '"The same dollars are going around in a circle," said a portfolio manager. Hyperscalers\' capital expenditures are expected to exceed $400 billion next year as Microsoft, Alphabet, Amazon and Meta build data centers.',
      'Read more: Microsoft, Nvidia to invest up to $15 billion in Anthropic',
    ].join('\n');
    expect(analyzer.classify({ title: 'Is the AI boom a bubble? Investors weigh circular deals', text, lang: 'en' }).is_ai_compute_deal).toBe(false);
  });
  test('results with a new contract announced the same day stay positive', () => {
    const text = 'NEW YORK, Nov 10 - CoreWeave reported third-quarter revenue of $1.36 billion on Monday and said it had signed a new $14.2 billion contract with Meta Platforms to supply computing capacity.\nThe company cut its capital expenditure forecast. In September, CoreWeave expanded its agreement with OpenAI by $6.5 billion.';
    expect(analyzer.classify({ title: 'CoreWeave revenue doubles; signs new $14 billion Meta contract', text, lang: 'en' }).is_ai_compute_deal).toBe(true);
  });
  test('a denied report stays out (en)', () => {
    expect(analyzer.classify({ title: 'Nebius denies report of $5 billion Google deal', text: 'Nebius denied a media report that it was close to signing a $5 billion GPU cloud contract with Google, saying it was not in discussions with the search giant.', lang: 'en' }).is_ai_compute_deal).toBe(false);
  });
  test('reasons mark recalled deals as past', () => {
    const c = analyzer.classify({ title: 'Rückblick 2025', text: 'Im Frühjahr unterzeichnete OpenAI einen Vertrag über 300 Mrd. US-Dollar mit Oracle für Rechenzentren.', lang: 'de' });
    expect(c.is_ai_compute_deal).toBe(false);
    expect(c.reasons.some((r) => r.includes('[past]'))).toBe(true);
  });
});

test('a deal dated in the past that the headline reports between its companies is still news', () => {
  const c = analyzer.classify({ title: 'Meta signs $10 billion cloud deal with Google', lang: 'en',
    text: 'SAN FRANCISCO - Meta signed a cloud computing contract worth more than $10 billion with Google in August, The Information reported on Thursday. The six-year deal gives Meta access to Google Cloud servers.' });
  expect(c.is_ai_compute_deal).toBe(true);
});

// Deal stories that give no value, and hard negatives with money, compute words and two companies: the
// classifier has to read who does what with whom in the headline and lead.
describe('compute agreements without a stated value', () => {
  test.each([
  ['supply without a value (en)', 'en', 'Nebius to supply Anthropic with GPU capacity from Finland',
    'HELSINKI, March 3 - Nebius will supply Anthropic with Nvidia GPU capacity from its data center in Mäntsälä, Finland, under a multi-year agreement, the company said on Monday. It did not disclose the value of the contract.\nNebius shares rose 7% in New York.'],
  ['joint build, no headline (en)', 'en', '',
    'Oracle and OpenAI will build a 1.4-gigawatt AI campus in Michigan, the companies said on Wednesday, adding to the data centers they are developing together in Texas and New Mexico. Neither company gave a price tag.'],
  ['joint AI factory (es)', 'es', 'Telefónica y Nvidia levantarán una fábrica de IA en Barcelona',
    'BARCELONA, 12 May. (EUROPA PRESS) - Telefónica y Nvidia pondrán en marcha una fábrica de inteligencia artificial en Barcelona con miles de procesadores gráficos de última generación, según anunciaron este martes ambas compañías. No han desvelado el importe de la inversión.'],
  ['power for data centres (es)', 'es', 'Meta asegura energía renovable de Solaria para sus centros de datos',
    'Solaria ha firmado con Meta un acuerdo a quince años para suministrar la electricidad de tres plantas solares, con 350 megavatios, a los centros de datos de inteligencia artificial de la tecnológica en Europa. Las empresas no revelaron las condiciones económicas.'],
  ['hosting contract (pt-BR)', 'pt', 'Ascenty fecha contrato com a Microsoft para data center de IA em Campinas',
    'A Ascenty fechou um contrato de longo prazo com a Microsoft para hospedar servidores de inteligência artificial no seu novo campus de Campinas, no interior de São Paulo. Os valores não foram divulgados.'],
  ['lease of capacity (pt-PT)', 'pt', 'Nscale arrenda capacidade em Sines para instalar GPU da Nvidia',
    'A Nscale vai arrendar à Start Campus capacidade no campus de Sines, onde instalará milhares de GPU da Nvidia para clientes de inteligência artificial, anunciaram as duas empresas. O valor do contrato não foi revelado.'],
  ['compute contract (fr)', 'fr', 'OVHcloud fournira des GPU à Mistral AI',
    "OVHcloud a signé avec Mistral AI un contrat pluriannuel pour lui fournir des serveurs équipés de processeurs graphiques dans ses centres de données de Roubaix, a annoncé mardi le groupe. Le montant n'a pas été communiqué."],
  ['joint supercomputer (fr)', 'fr', "Orange et Nvidia s'associent pour bâtir un supercalculateur en Bretagne",
    "Orange et Nvidia vont construire ensemble un supercalculateur d'intelligence artificielle à Lannion, en Bretagne, qui accueillera plusieurs milliers de puces de dernière génération. Les deux groupes n'ont pas précisé le coût du projet."],
  ['rental of capacity (de)', 'de', 'Northern Data vermietet Rechenkapazität an Mistral AI',
    'Der Ulmer Rechenzentrumsbetreiber Northern Data stellt Mistral AI über mehrere Jahre Rechenkapazität mit Nvidia-Grafikprozessoren bereit. Finanzielle Details nannten die Unternehmen nicht. Die Aktie legte um 9 Prozent zu.'],
  ['joint data centre (de)', 'de', 'Siemens und Nvidia errichten KI-Rechenzentrum in Erlangen',
    'Siemens und Nvidia errichten gemeinsam ein KI-Rechenzentrum für die Industrie in Erlangen, das mit mehreren tausend Grafikprozessoren ausgestattet werden soll. Zu den Kosten machten die Konzerne keine Angaben.'],
  ['figure in a French lead, compound currency (fr)', 'fr', 'Fluidstack loue à Mistral AI un supercalculateur',
    "Fluidstack a conclu avec Mistral AI un contrat de location de capacités de calcul d'une valeur de 1,2 milliard d'euros sur cinq ans, dans un centre de données de l'Essonne."],
  ['an agreement with a government (fr)', 'fr', "La France et son futur supercalculateur d'IA",
    "L'un des plus puissants supercalculateurs d'IA au monde va s'installer en France.\nFluidstack vient de signer ce lundi un accord historique avec le gouvernement français.\nL'objectif ? Construire un supercalculateur d'une puissance de 1 gigawatt."],
  ['German compound contract word (de)', 'de', 'Nscale erhält Großauftrag von Microsoft',
    'Der britische Anbieter Nscale hat mit Microsoft einen Fünfjahresvertrag für KI-Rechenkapazität in Norwegen geschlossen. Über den Wert wurde Stillschweigen vereinbart.'],
  ])('%s', (_name, lang, title, text) => {
    const c = analyzer.classify({ ...(title ? { title } : {}), text, lang });
    expect(c.is_ai_compute_deal).toBe(true);
    expect(c.reasons.some((r) => r.startsWith('agreement ') || r.startsWith('deal '))).toBe(true);
  });
});

describe('hard negatives: stakes, licences, launches, results, pledges, reviews, rules, takeovers', () => {
  test.each([
  ['equity stake with product work (en)', 'en', 'Nvidia takes $2 billion stake in chip-design firm Synopsys',
    'Nvidia will invest $2 billion in Synopsys common stock and the two companies will work together on AI-accelerated chip design software, they said on Monday. Synopsys shares rose 5%.'],
  ['licence and hires (en)', 'en', 'Amazon to pay $400 million to license Adept technology, hire founders',
    'Amazon has agreed to pay about $400 million for a non-exclusive license to Adept\'s AI agent technology and to hire its co-founders and engineers, people familiar with the matter said. Adept will keep running as an independent company.'],
  ['launch with a bookings claim (en)', 'en', 'AMD unveils MI500 accelerators, says orders top $20 billion',
    'SAN JOSE, June 12 - AMD unveiled its MI500 accelerators on Thursday and said customers had placed orders worth more than $20 billion for its data center GPUs through next year. The new chips will ship in the fourth quarter. AMD shares rose 4%.'],
  ['launch recalling an old order (en)', 'en', 'Broadcom launches new AI networking chip',
    'Broadcom launched a new switch chip for AI data centers on Tuesday, saying it doubles bandwidth for clusters of GPUs.\nThe chip will ship next year.\nLast year, Broadcom secured a $10 billion order for custom AI chips from an unnamed customer, which analysts believe is OpenAI.'],
  ['capex pledge (es)', 'es', 'Amazon invertirá 15.700 millones en centros de datos en Aragón',
    'Amazon Web Services invertirá 15.700 millones de euros en la próxima década para ampliar sus centros de datos en Aragón, según anunció la compañía este lunes. La inversión incluye nuevos campus en Huesca.'],
  ['results with a recalled agreement (es)', 'es', 'Telefónica gana 1.200 millones hasta septiembre',
    'Telefónica obtuvo un beneficio neto de 1.200 millones de euros en los nueve primeros meses del año, un 5 % más, con unos ingresos de 30.000 millones. En marzo, la operadora había firmado con Nvidia un acuerdo para una fábrica de IA en Madrid. Las acciones subían un 2 %.'],
  ['model release (pt)', 'pt', 'OpenAI lança GPT-6 e promete respostas mais rápidas',
    'A OpenAI lançou nesta quinta-feira o GPT-6, o seu novo modelo de inteligência artificial, treinado em supercomputadores da Microsoft com dezenas de milhares de GPU da Nvidia. O modelo estará disponível para assinantes do ChatGPT a partir de hoje.'],
  ['market wrap (pt)', 'pt', 'Ibovespa sobe e Nasdaq recua com tecnológicas',
    'O Ibovespa fechou em alta de 0,8% nesta terça-feira, enquanto em Nova York a Nvidia caiu 2,1%, a Oracle recuou 3,4% e a CoreWeave despencou 7%, em meio a dúvidas sobre o financiamento de centros de dados de inteligência artificial.'],
  ['GPU review (fr)', 'fr', 'Test de la GeForce RTX 5090 : la carte graphique la plus puissante du marché',
    "Nous avons testé la GeForce RTX 5090 de Nvidia pendant deux semaines. Avec ses 32 Go de mémoire, elle offre 30 % de performances en plus que la génération précédente dans nos jeux. Son prix de 2 349 euros la réserve aux passionnés."],
  ['stake and product development (fr)', 'fr', 'Nvidia prend une participation de 5 milliards de dollars dans Intel',
    "Nvidia va investir 5 milliards de dollars dans Intel et les deux groupes développeront ensemble des processeurs pour les centres de données et les PC. L'action Intel s'envolait de 23 % à Wall Street."],
  ['export controls (de)', 'de', 'USA verschärfen Exportkontrollen für KI-Chips',
    'Die US-Regierung hat die Exportkontrollen für KI-Chips nach China erneut verschärft. Betroffen sind Grafikprozessoren von Nvidia und AMD. Die Nvidia-Aktie verlor 3 Prozent.'],
  ['non-AI takeover (de)', 'de', 'Siemens übernimmt Softwarehaus Altair für 10 Milliarden Dollar',
    'Siemens kauft den US-Softwareanbieter Altair für rund 10 Milliarden Dollar. Die Übernahme soll im kommenden Jahr abgeschlossen werden. Die Siemens-Aktie gab 2 Prozent nach.'],
  ['launch with a past contract in the body (de)', 'de', 'Nvidia stellt Blackwell-Ultra-Chips vor',
    'Nvidia hat auf seiner Entwicklerkonferenz die neuen Blackwell-Ultra-Grafikprozessoren vorgestellt, die ab Herbst ausgeliefert werden sollen.\nDie Chips sollen doppelt so schnell rechnen wie die Vorgänger.\nIm März hatte Microsoft mit Nvidia einen Vertrag über die Lieferung von Grafikprozessoren für seine Rechenzentren unterzeichnet.'],
  ['a licence, then "the deal" valued (en)', 'en', 'Nvidia licenses Cerebras technology in $20 billion deal',
    "Nvidia has agreed to license chip technology from startup Nebius and hire several of its top executives. The deal, reportedly valued at $20 billion, is Nvidia's largest."],
  ['a launch recalling commitments (pt)', 'pt', 'AMD mostra em Lisboa o sistema Helios',
    'A AMD apresentou esta quarta-feira na Web Summit, em Lisboa, o Helios, o seu primeiro sistema de inteligência artificial à escala de bastidor.\nCada bastidor oferece até 2,9 exaflops de capacidade de cálculo.\nA AMD não anunciou novos clientes. A empresa recordou que a OpenAI e a Oracle já se comprometeram a usar os chips MI450.'],
  ['a capex plan naming no partner (fr)', 'fr', "Brookfield promet 20 milliards d'euros pour l'IA en France",
    "Le gestionnaire d'actifs Brookfield a annoncé lundi un plan d'investissement de 20 milliards d'euros dans les infrastructures d'intelligence artificielle en France.\nL'essentiel ira à un campus de centres de données d'une puissance de 1 GW à Cambrai. Le reste financera des capacités de production d'électricité. Brookfield n'a pas annoncé de client pour le site, ni de partenaire pour fournir les puces."],
  ['a share of revenue for export licences (en)', 'en', 'Nvidia, AMD to pay 15% of China chip sale revenue to US, official says',
    'Nvidia and AMD have agreed to give the U.S. government 15% of revenue from sales to China of advanced computer chips, a U.S. official said on Sunday. The Commerce Department began issuing licences on Friday.'],
  ['plain funding round (en)', 'en', 'Mistral AI raises €1.7 billion in round led by ASML',
    'Mistral AI has raised €1.7 billion in a Series C funding round led by ASML, valuing the French start-up at €11.7 billion. The company said it would use the money to expand its research and its computing infrastructure.'],
  ])('%s', (_name, lang, title, text) => {
    expect(analyzer.classify({ title, text, lang }).is_ai_compute_deal).toBe(false);
  });
});

describe('each pattern, with its trap', () => {
  test.each([
    // Scraped-page noise: bylines, dates, share buttons and ads above the lead; related links and cookie text below.
    ['noise around a deal (en)', 'en', 'CoreWeave signs GPU capacity deal with Mistral AI', true,
      'By Jane Roe and Sam Poe\nUpdated 9:15 AM EST, Tue May 6, 2025\n4 min read\nShare on X\nCoreWeave has agreed to provide Mistral AI with Nvidia GPU capacity in its European data centers under a multiyear contract, the companies said. Terms were not disclosed.\nAdvertisement\nCoreWeave shares rose 3%.\nRelated stories\nOracle and Meta in talks over cloud deal\nWe use cookies to improve your experience. Accept all'],
    ['noise around a deal (es)', 'es', 'Nscale alquila a Microsoft capacidad de IA en Noruega', true,
      'Por Ana Ruiz\nActualizado: 12/03/2025 10:05\nTiempo de lectura: 3 min\nCompartir\nNscale ha firmado con Microsoft un contrato para alquilarle capacidad de cómputo con GPU de Nvidia en su centro de datos de Narvik, según informó este miércoles. No se ha desvelado el importe.\nSuscríbete a nuestra newsletter.'],
    ['related deal headlines under a bare marker (pt)', 'pt', 'Ibovespa fecha em alta com bancos', false,
      'O Ibovespa fechou em alta de 1,2% nesta sexta-feira, puxado pelos bancos. O dólar recuou 0,5%.\nLeia também:\nMicrosoft fecha contrato com a Nscale para GPU em Sines\nOracle assina acordo de nuvem com a OpenAI'],
    ['related deal headlines under a bare marker (de)', 'de', 'Dax schließt mit leichtem Plus', false,
      'Der Dax hat am Freitag leicht zugelegt und 0,3 Prozent höher geschlossen. Gefragt waren Versicherer.\nMehr zum Thema\nMicrosoft schließt mit Nscale Vertrag über KI-Rechenkapazität\nNvidia liefert Grafikprozessoren an OpenAI'],
    // No title passed: a short first line is the headline; a repeated headline does not take a lead slot.
    ['headline as the first line (fr)', 'fr', '', true,
      "Scaleway loue des capacités de calcul à Mistral AI\nPar Jean Martin\nScaleway a signé avec Mistral AI un contrat pluriannuel pour lui louer des serveurs équipés de processeurs graphiques dans son centre de données de Saint-Ouen. Le montant n'a pas été dévoilé."],
    ['headline repeated in the body (en)', 'en', 'Nebius to host Anthropic GPUs in Finland', true,
      'Nebius to host Anthropic GPUs in Finland\nBy Staff\nNebius will host thousands of Nvidia GPUs for Anthropic in its Finnish data center under a new multiyear agreement, the company said.'],
    // A stake bought together with compute is a compute deal; a stake alone is not.
    ['stake with a chip supply (en)', 'en', 'AMD to supply OpenAI with GPUs; OpenAI gets warrants', true,
      'AMD will supply OpenAI with 6 gigawatts of Instinct GPUs over several years, and OpenAI will receive warrants for up to 160 million AMD shares, the companies said.'],
    ['stake alone (es)', 'es', 'Nvidia compra un 3 % de Nokia por 1.000 millones', false,
      'Nvidia ha acordado comprar una participación del 3 % en Nokia por 1.000 millones de dólares para desarrollar redes móviles con inteligencia artificial. Las acciones de Nokia se disparaban un 20 %.'],
    // Several share moves in one clause: a market report, not an agreement.
    ['share moves and financing words (de)', 'de', 'Tech-Werte unter Druck', false,
      'Nvidia verlor 3 Prozent, Oracle 4 Prozent und CoreWeave 8 Prozent, weil Anleger an der Finanzierung neuer Rechenzentren zweifeln.'],
    // A list of companies each doing the same is not a partnership; a reciprocal word makes one.
    ['a list of builders (en)', 'en', 'Big Tech keeps building', false,
      'Microsoft, Alphabet, Amazon and Meta will build more data centers next year as demand for AI computing grows, analysts said.'],
    ['a list of allies (fr)', 'fr', "Campus d'IA : quatre partenaires s'allient", true,
      "MGX, Bpifrance, Mistral AI et Nvidia s'allient pour bâtir en Île-de-France un campus de centres de données pour l'IA."],
    // Names of a genitive are not the subject ("the cloud services of Amazon and Microsoft").
    ['a genitive pair under a probe (fr)', 'fr', 'Bruxelles enquête sur le cloud', false,
      "La Commission européenne examine si les services cloud d'Amazon et de Microsoft donnent accès à des capacités de calcul sans concurrence."],
    // German compounds end in the agreement word; a CEO's contract is no compute deal.
    ['a German compound contract (de)', 'de', 'Fluidstack erhält Großauftrag', true,
      'Fluidstack hat mit Anthropic einen Mehrjahresvertrag über KI-Rechenkapazität in Rechenzentren in Texas geschlossen.'],
    ["a CEO's contract (de)", 'de', 'Nvidia verlängert mit Finanzchefin', false,
      'Nvidia hat den Vorstandsvertrag seiner Finanzchefin um fünf Jahre verlängert, teilte der Konzern mit.'],
    ['a lease walked away from (en)', 'en', 'Microsoft walks away from data center leases', false,
      'Microsoft has walked away from leases for two data center sites in Texas with CoreWeave, people familiar with the matter said.'],
    // Megawatts are compute only in a story about AI.
    ['power for AI data centres (pt)', 'pt', 'EDP vai fornecer energia a centros de dados de IA', true,
      'A EDP assinou com a Microsoft um contrato para fornecer 300 megawatts de energia renovável aos centros de dados de inteligência artificial da empresa na Península Ibérica.'],
    ['power plants without AI (es)', 'es', 'Naturgy compra parques eólicos', false,
      'Naturgy ha cerrado un acuerdo con Iberdrola para comprarle parques eólicos con 300 megavatios de potencia en Castilla y León.'],
    // The other side unnamed: "with a hyperscaler", "con un cliente".
    ['an unnamed hyperscaler (en)', 'en', 'Iren signs AI cloud contract', true,
      'Iren has signed a multiyear contract with a U.S. hyperscaler to provide Nvidia GPU capacity from its Texas data centers.'],
    ['an unnamed customer (es)', 'es', 'Nebius firma con un cliente', true,
      'Nebius ha firmado un contrato de capacidad de cómputo con un cliente estadounidense para sus centros de datos de Finlandia.'],
    // A denial in the lead settles it.
    ['a denied report (de)', 'de', 'Microsoft dementiert Bericht über Nebius-Vertrag', false,
      'Microsoft hat einen Bericht dementiert, wonach der Konzern mit Nebius einen weiteren Vertrag über Rechenkapazität in Rechenzentren schließen wolle.'],
  ] as [string, string, string, boolean, string][])('%s', (_name, lang, title, want, text) => {
    expect(analyzer.classify({ ...(title ? { title } : {}), text, lang }).is_ai_compute_deal).toBe(want);
  });
});

describe('agreements a feature tells late, and power bought for AI', () => {
  const real = loadAnalyzer('config');
  test('a dated sentence a few sentences in is the news ("On Monday, Lambda announced …")', () => {
    const c = real.classify({
      title: 'Why everyone suddenly wants to be in the GPU business',
      text: 'As tech giants race to secure AI compute, small clouds are becoming indispensable. The next great cloud war is not fought over apps. It is about chips. More specifically, it is about who controls access to the GPUs. On Monday, Lambda announced a multibillion-dollar infrastructure deal with Microsoft to deploy tens of thousands of Nvidia GPUs.',
      lang: 'en',
    });
    expect(c.is_ai_compute_deal).toBe(true);
  });
  test('a power company and a hyperscaler agree, in a story about AI data centres', () => {
    const c = real.classify({
      title: 'Meta schließt Atomkraftvereinbarungen mit drei Unternehmen ab',
      text: 'Meta schließt 20-jährige Strombezugsverträge mit Vistra ab. Die Aktien von Vistra legten um 8 Prozent zu.\nDer Konzern braucht den Strom für seine KI-Rechenzentren.',
      lang: 'de',
    });
    expect(c.is_ai_compute_deal).toBe(true);
  });
  test('the same contract for wind power, with no AI or data centre anywhere, is not one', () => {
    const c = real.classify({ title: 'RWE liefert Windstrom an Microsoft', text: 'RWE hat mit Microsoft einen langfristigen Stromliefervertrag für einen Windpark in Texas geschlossen. Die Anlage hat eine Leistung von 446 Megawatt.', lang: 'de' });
    expect(c.is_ai_compute_deal).toBe(false);
  });
});

describe('takeovers of companies outside the gazetteer', () => {
  const real = loadAnalyzer('config');
  test.each([
    ['SoftBank to buy chip designer Ampere for $6.5 billion', 'SoftBank Group has agreed to buy Ampere Computing, a designer of Arm-based server processors, for $6.5 billion in cash, deepening its bet on the chips that run artificial intelligence data centers. Oracle owns about 29% of Ampere.', 'en'],
    ['Sony buys game studio Larkspur for $2.1 billion', 'Sony Group has agreed to buy Larkspur Interactive, a developer of console games, for $2.1 billion, betting on AI tools for game design.', 'en'],
  ])('%s', (title, text, lang) => {
    expect(real.classify({ title, text, lang }).is_ai_compute_deal).toBe(false);
  });
  // The issue counts non-AI acquisitions as hard negatives: a company that runs data centres or an AI cloud, bought, is its capacity bought.
  test.each([
    ["BlackRock et Nvidia s'offrent Aligned Data Centers", "Le consortium AIP, qui réunit BlackRock, Microsoft et Nvidia, va racheter l'opérateur américain de centres de données Aligned Data Centers à Macquarie pour environ 40 milliards de dollars.", 'fr'],
    ['Consórcio com Nvidia e Microsoft compra empresa de centros de dados por US$ 40 bilhões', 'Um consórcio que inclui a Nvidia e a Microsoft comprará a Nscale, uma empresa especializada em centros de dados, por cerca de 40 bilhões de dólares.', 'pt'],
    ['Northwind to acquire GPU cloud Halcyon for $3 billion', 'Northwind Capital agreed to acquire Halcyon, a GPU cloud provider with 40,000 Nvidia chips in its data centers, for $3 billion.', 'en'],
  ])('a data-centre operator bought: %s', (title, text, lang) => {
    expect(real.classify({ title, text, lang }).is_ai_compute_deal).toBe(true);
  });
  test('buying capacity from a cloud provider is no takeover', () => {
    expect(real.classify({ title: 'Meta buys capacity from Nebius', text: 'Meta agreed to buy capacity from cloud provider Nebius in a $3 billion deal for Nvidia GPUs in its data centers, Nebius said on Tuesday.', lang: 'en' }).is_ai_compute_deal).toBe(true);
  });
});

describe('money paid for a purpose and shares bought are no compute agreements', () => {
  const real = loadAnalyzer('config');
  test('"unwinding positions to pay for AI projects, from Stargate data centers with OpenAI and Oracle"', () => {
    const c = real.classify({ title: 'SoftBank sells Nvidia stake for $5.8 billion to fund AI bets', text: 'SoftBank Group sold its entire stake in Nvidia for $5.83 billion to help bankroll AI investments.\nFounder Masayoshi Son has been unwinding positions to pay for a plethora of AI projects, from Stargate data centers with OpenAI and Oracle to robot factories in the US.', lang: 'en' });
    expect(c.reasons.some((r) => r.startsWith('agreement '))).toBe(false);
    expect(c.is_ai_compute_deal).toBe(false);
  });
  test('"fünf Milliarden US-Dollar (4,2 Milliarden Euro) in Intel-Aktien zu investieren" buys shares', () => {
    const ds = real.analyze({ text: 'Nvidia verpflichtete sich, im Rahmen der Zusammenarbeit fünf Milliarden US-Dollar (4,2 Milliarden Euro) in Intel-Aktien zu investieren.', lang: 'de' });
    expect(ds.is_ai_compute_deal).toBe(false);
  });
});
