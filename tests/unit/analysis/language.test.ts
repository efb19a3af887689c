// Our function-word detector against a real one (franc-min, restricted to the five
// languages we read) on every labelled story: both must give the label's language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../../src/analysis/index.js';

const ISO3 = { eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de' } as const;
const stories = ['../shared/corpus/dev', 'tests/stories', 'demo/stories'].filter(existsSync).flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => {
    const s = JSON.parse(readFileSync(join(d, f), 'utf8')) as { title?: string; text: string; lang: string };
    return { file: f, text: s.title ? `${s.title}\n\n${s.text}` : s.text, lang: s.lang.slice(0, 2) };
  }));

describe('language of every labelled story, without a hint', () => {
  test('ours and franc-min agree with the labels', () => {
    const wrong = stories.filter((s) => detectLanguage(s.text) !== s.lang).map((s) => s.file);
    const francWrong = stories.filter((s) => ISO3[franc(s.text, { only: Object.keys(ISO3) }) as keyof typeof ISO3] !== s.lang).map((s) => s.file);
    expect(stories.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
    expect(francWrong).toEqual([]);
  });
});

test('a hint in a language we read wins', () => {
  expect(detectLanguage('The shares rose 4%.', 'es')).toBe('es');
  expect(detectLanguage('Las acciones subieron un 4 %.', 'pt-BR')).toBe('pt');
});

test('a hint is overruled only by text that plainly says otherwise', () => {
  const es = 'Las acciones de la compañía subieron más de un 4 % después de que la empresa anunciara un acuerdo con los proveedores, según informó el diario, y los analistas esperan que el contrato se amplíe este año para la nube.';
  expect(detectLanguage(es, 'en')).toBe('es');
  // A headline is too short to overrule the feed.
  expect(detectLanguage('Oracle y OpenAI firman acuerdo', 'en')).toBe('en');
});

describe('neighbouring languages we do not read are und, not read with the wrong words', () => {
  const it = "Il gruppo di Seattle ha firmato un accordo da 38 miliardi di dollari con OpenAI per la fornitura di capacità di calcolo, secondo quanto riferito dalla società. Le azioni di Amazon sono salite del 4 per cento nella seduta di lunedì, anche se gli analisti restano cauti sulla durata dell'intesa e sui costi dei centri dati.";
  const ca = "El grup de Seattle ha signat un acord de 38.000 milions de dòlars amb OpenAI per proporcionar capacitat de càlcul, segons va informar l'empresa. Les accions d'Amazon van pujar més d'un 4 % a la sessió de dilluns, però els analistes també adverteixen dels costos dels centres de dades.";
  const nl = 'De groep uit Seattle heeft een akkoord van 38 miljard dollar gesloten met OpenAI voor rekenkracht, zo meldde het bedrijf. De aandelen van Amazon stegen maandag met ruim 4 procent, maar analisten zijn ook voorzichtig over de kosten van de datacenters.';
  test.each([['it', it], ['ca', ca], ['nl', nl]])('%s text', (_lang, text) => {
    expect(detectLanguage(text)).toBe('und');
  });
  test('a hint in a language we do not read leaves the text to decide', () => {
    expect(detectLanguage(it, 'it')).toBe('und');
    expect(detectLanguage('Amazon shares rose more than 4% after the company signed a cloud deal with OpenAI, the company said on Monday, and analysts said it was the largest such agreement.', 'it')).toBe('en');
  });
  test('the universal forms are still read, with less confidence', async () => {
    const { loadAnalyzer } = await import('../../../src/analysis/index.js');
    const r = loadAnalyzer('config').analyze({ text: it });
    expect(r.language).toBe('und');
    expect(r.stock_moves.length + r.entities.length).toBeGreaterThan(0);
  });
});
