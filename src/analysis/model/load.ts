// Reading the model file named by the config (the only impure part of the classifier).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifierHook, loadModel, type ClassifierHook, type ClassifierMode } from './classifier.js';

export const MODEL_FILE = 'classifier.json';

/** The hook for a mode, reading <configDir>/classifier.json unless the mode is 'rules'. */
export function classifierFromConfig(configDir: string, mode: ClassifierMode): ClassifierHook | undefined {
  if (mode === 'rules') return undefined;
  const path = join(configDir, MODEL_FILE);
  if (!existsSync(path)) throw new Error(`analysis.classifier is '${mode}' but ${path} does not exist (node scripts/train-classifier.mjs writes it)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  try {
    return classifierHook(loadModel(json), mode);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}
