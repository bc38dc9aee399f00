import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { generateKnowledgeBase } from '/work/main/scripts/bench/generate.mjs';
import { loadKnowledgeBase } from '/work/main/src/model/knowledge-base';
import { expandTherapies, filterGraph } from '/work/main/src/model/query';
import { estimateTextWidth } from '/work/main/src/style/label-layout';
import { therapyColourScale } from '/work/main/src/style/palette';
import { buildElements } from '/work/main/src/view/elements';
import { layoutLayered } from '/work/main/src/view/layout';
import { stylesheet } from '/work/main/src/view/stylesheet';

cytoscape.use(dagre);
const n = Number(process.argv[2]);
const { kb } = loadKnowledgeBase([
  { file: 'g.json', text: JSON.stringify(generateKnowledgeBase({ entities: n, seed: 1 })) },
]);
const ids = kb.therapies.map((t) => t.id);
const g = filterGraph(kb, { therapies: ids, withComponents: true });
const els = buildElements(kb, g, expandTherapies(kb, ids, true), 'en', therapyColourScale(ids), estimateTextWidth);
const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
cy.add(els);
const comps = cy.elements().components();
console.log(
  n,
  'nodes',
  cy.nodes().length,
  'edges',
  cy.edges().length,
  'components',
  comps.length,
  'largest',
  Math.max(...comps.map((c) => c.nodes().length)),
);
const t = performance.now();
layoutLayered(cy, cy.elements(), 'TB');
console.log('layout ms', (performance.now() - t).toFixed(0));
