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
