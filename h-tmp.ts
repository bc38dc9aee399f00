import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

cytoscape.use(dagre);
const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'hexagon' } }],
  elements: [
    { data: { id: 'a', w: 80, h: 30 } },
    { data: { id: 'b', w: 120, h: 40 } },
    { data: { id: 'e', source: 'a', target: 'b' } },
  ],
});
cy.layout({ name: 'dagre', rankDir: 'TB', fit: false, animate: false, nodeSep: 26, rankSep: 58 } as never).run();
console.log(cy.nodes().map((n) => [n.id(), n.position(), n.outerWidth(), n.width()]));
try {
  console.log(cy.edges()[0].sourceEndpoint());
} catch (e) {
  console.log('err', (e as Error).message);
}
