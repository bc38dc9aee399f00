/**
 * GPML arrowheads (PathVisio's basic ones and the MIM set, which WikiPathways' CX2 exports
 * carry as `EndArrow`) mapped to our relation types. One table, used by the GPML and the
 * CX readers.
 *
 * | arrowhead (GPML 2013a / GPML2021)               | relation type        |
 * |-------------------------------------------------|----------------------|
 * | Arrow / Directed                                | promotes             |
 * | TBar / Inhibition                               | inhibits             |
 * | mim-stimulation / Stimulation                   | activates            |
 * | mim-necessary-stimulation / NecessaryStimulation| activates            |
 * | mim-inhibition                                  | inhibits             |
 * | mim-binding / Binding                           | binds                |
 * | mim-modification                                | modifies             |
 * | mim-conversion / Conversion                     | converts-to          |
 * | mim-catalysis / Catalysis                       | promotes (the catalyst promotes the conversion; its anchor resolves to the product) |
 * | mim-transcription-translation / TranscriptionTranslation | upregulates |
 * | mim-cleavage / Cleavage                         | degrades             |
 * | mim-translocation / Translocation               | transports           |
 * | mim-covalent-bond / CovalentBond                | binds                |
 * | mim-gap, Line, Undirected, none                 | associated           |
 *
 * Anything else is an unknown arrowhead: the reader keeps the edge as `associated` and reports it.
 */
import type { RelationType } from '../../model/vocabulary';

const ARROWHEADS: Record<string, RelationType> = {
  arrow: 'promotes',
  directed: 'promotes',
  tbar: 'inhibits',
  inhibition: 'inhibits',
  'mim-stimulation': 'activates',
  stimulation: 'activates',
  'mim-necessary-stimulation': 'activates',
  necessarystimulation: 'activates',
  'mim-inhibition': 'inhibits',
  'mim-binding': 'binds',
  binding: 'binds',
  'mim-modification': 'modifies',
  modification: 'modifies',
  'mim-conversion': 'converts-to',
  conversion: 'converts-to',
  'mim-catalysis': 'promotes',
  catalysis: 'promotes',
  'mim-transcription-translation': 'upregulates',
  transcriptiontranslation: 'upregulates',
  'mim-cleavage': 'degrades',
  cleavage: 'degrades',
  'mim-translocation': 'transports',
  translocation: 'transports',
  'mim-covalent-bond': 'binds',
  covalentbond: 'binds',
  'mim-gap': 'associated',
  line: 'associated',
  undirected: 'associated',
  none: 'associated',
};

/** The relation type of an arrowhead, or undefined for one the table does not know. */
export function arrowheadType(arrowHead: string): RelationType | undefined {
  return ARROWHEADS[arrowHead.trim().toLowerCase()];
}

/** No arrowhead at all (an undirected line): the end that carries none is not the target. */
export function isPlainEnd(arrowHead: string | undefined): boolean {
  if (arrowHead === undefined) return true;
  const key = arrowHead.trim().toLowerCase();
  return key === '' || key === 'line' || key === 'undirected' || key === 'none';
}
