/**
 * Interaction names as SIF lines, CX `interaction` attributes and Cytoscape `.cyjs` edges
 * write them (signs, verbs, the BioPAX/Pathway Commons SIF relations, our own relation
 * types), mapped to our relation types. One table for the three formats.
 *
 * | interaction (case-insensitive)                                              | relation type |
 * |-----------------------------------------------------------------------------|---------------|
 * | 1, +1, +, ->, activates, activation, stimulates, stimulation, positive      | activates     |
 * | up-regulates / down-regulates                                               | upregulates / downregulates |
 * | -1, -, -\|, inhibits, inhibition, represses, negative                       | inhibits      |
 * | pp, binds, binding, interacts-with, in-complex-with, physical interactions  | binds         |
 * | controls-state-change-of, phosphorylation, modifies                         | modifies      |
 * | controls-transport-of, transports                                           | transports    |
 * | catalysis-precedes, reacts-with, used-to-produce, converts-to               | converts-to   |
 * | any of our RELATION_TYPES ("promotes", "part-of" …)                         | itself        |
 * | 0, unknown, interaction, neighbor-of, co-expression, controls-expression-of, | associated    |
 * | controls-production-of, chemical-affects, pd, GeneMANIA's Predicted, Genetic   |               |
 * | interactions, Shared protein domains, Co-localization, Pathway                |               |
 *
 * A word not in the table is kept as `associated` and reported by the reader.
 */
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary';

const WORDS: Record<string, RelationType> = {
  '1': 'activates',
  '+1': 'activates',
  '+': 'activates',
  '->': 'activates',
  activates: 'activates',
  activation: 'activates',
  stimulates: 'activates',
  stimulation: 'activates',
  positive: 'activates',
  'up-regulates': 'upregulates',
  upregulates: 'upregulates',
  '-1': 'inhibits',
  '-': 'inhibits',
  '-|': 'inhibits',
  inhibits: 'inhibits',
  inhibition: 'inhibits',
  represses: 'inhibits',
  negative: 'inhibits',
  'down-regulates': 'downregulates',
  pp: 'binds',
  binds: 'binds',
  binding: 'binds',
  'interacts-with': 'binds',
  'in-complex-with': 'binds',
  'physical association': 'binds',
  'physical interactions': 'binds',
  'controls-state-change-of': 'modifies',
  phosphorylation: 'modifies',
  'controls-transport-of': 'transports',
  'catalysis-precedes': 'converts-to',
  'reacts-with': 'converts-to',
  'used-to-produce': 'converts-to',
  '0': 'associated',
  unknown: 'associated',
  interaction: 'associated',
  'neighbor-of': 'associated',
  'co-expression': 'associated',
  'controls-expression-of': 'associated',
  'controls-production-of': 'associated',
  'chemical-affects': 'associated',
  pd: 'associated',
  // GeneMANIA's network groups (a .cyjs edge's data_type): evidence of association, not of effect.
  predicted: 'associated',
  'genetic interactions': 'associated',
  'shared protein domains': 'associated',
  'co-localization': 'associated',
  pathway: 'associated',
  expression: 'associated',
  transcription: 'associated',
};

/** Our relation type for an interaction name, or undefined when the table does not know it. */
export function interactionType(word: string): RelationType | undefined {
  const key = word.trim().toLowerCase();
  return WORDS[key] ?? RELATION_TYPES.find((t) => t === key);
}
