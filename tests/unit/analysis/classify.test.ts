import { describe, expect, test } from 'vitest';
import { analyzer } from './fixtures/companies.js';

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
