// The optional trained classifier of the analyser (see README, "Trained classifier").
export { CLASSIFIER_MODES, classifierHook, combine, explain, loadModel, modelFile, predict, traitsOf } from './classifier.js';
export type { ClassifierHook, ClassifierMode, Model, ModelFile, ModelVerdict, StoryTraits } from './classifier.js';
export { featureVector, ruleFeatures, word } from './features.js';
export { DEFAULT_TRAIN, sigmoid, train } from './logreg.js';
export type { Example, TrainOptions, TrainedWeights } from './logreg.js';
export { classifierFromConfig, MODEL_FILE } from './load.js';
