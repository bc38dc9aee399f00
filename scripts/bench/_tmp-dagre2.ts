import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { loadKnowledgeBase } from '../../src/model/knowledge-base';
import { expandTherapies, filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { therapyColourScale } from '../../src/style/palette';
import { buildElements } from '../../src/view/elements';
import { DAGRE_OPTIONS } from '../../src/view/layout-options';
import { stylesheet } from '../../src/view/stylesheet';
import { generateKnowledgeBase } from './generate.mjs';

cytoscape.use(dagre);
const n = Number(process.argv[2]);
const ranker = process.argv[3];
const { kb } = loadKnowledgeBase([
  { file: 'g.json', text: JSON.stringify(generateKnowledgeBase({ entities: n, seed: 1 })) },
]);
const ids = kb.therapies.map((t) => t.id);
const g = filterGraph(kb, { therapies: ids, withComponents: true });
const els = buildElements(kb, g, expandTherapies(kb, ids, true), 'en', therapyColourScale(ids), estimateTextWidth);
const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
cy.add(els);
const t = performance.now();
cy.elements()
  .layout({ name: 'dagre', rankDir: 'TB', fit: false, animate: false, ...DAGRE_OPTIONS, ranker } as never)
  .run();
console.log(n, ranker, 'layout ms', (performance.now() - t).toFixed(0));
