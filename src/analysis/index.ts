// Public entry of the analyser (see contract.md §1 for the output).
import { loadConfig } from '../shared/config/index.js';
import { createAnalyzer, type Analyzer } from './analyze.js';
import { classifierFromConfig } from './model/load.js';

export { createAnalyzer } from './analyze.js';
export type { Analyzer, AnalyzerOptions, Classification } from './analyze.js';
export type * from './types.js';
export { detectLanguage, LANGUAGES } from './language.js';
export { CLASSIFIER_MODES, classifierFromConfig, type ClassifierMode } from './model/index.js';

/** An analyser over the companies and rates of a config folder. */
export function loadAnalyzer(configDir: string): Analyzer {
  const config = loadConfig(configDir, {});
  const { min_confidence, classifier } = config.app.analysis;
  return createAnalyzer({ companies: config.companies, rates: config.rates, threshold: min_confidence, classifier: classifierFromConfig(config.dir, classifier) });
}
