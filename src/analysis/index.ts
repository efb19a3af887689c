// Public entry of the analyser (see contract.md §1 for the output).
import { loadConfig } from '../shared/config/index.js';
import { createAnalyzer, type Analyzer } from './analyze.js';

export { createAnalyzer } from './analyze.js';
export type { Analyzer, AnalyzerOptions, Classification } from './analyze.js';
export type * from './types.js';
export { detectLanguage, LANGUAGES } from './language.js';

/** An analyser over the companies and rates of a config folder. */
export function loadAnalyzer(configDir: string): Analyzer {
  const config = loadConfig(configDir, {});
  return createAnalyzer({ companies: config.companies, rates: config.rates, threshold: config.app.analysis.min_confidence });
}
