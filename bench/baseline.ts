/**
 * The benchmark's baseline (`npm run bench`): the app's elements, stylesheet and layout
 * given to plain Cytoscape.js, with no React, no store and no panels. It reads the same
 * query parameters as the app (`therapy`, `components`, `layout`, and `bench=N` for a
 * generated graph), plus `w` and `h`, the size of the app's drawing area, so the layout
 * packs to the same aspect ratio.
 *
 * Everything between the data and the canvas is the app's own code (buildElements,
 * stylesheet, layoutLayered with DAGRE_OPTIONS), so the ratio app/baseline measures what
 * the app adds around Cytoscape.js. The runner reads `window.__baseline` and the marks.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { type Loaded, loadBundled } from '../src/data/bundled-graphs';
import type { KnowledgeBase } from '../src/model/knowledge-base';
import { expandTherapies, filterGraph } from '../src/model/query';
import { therapyColourScale } from '../src/style/palette';
import { buildElements } from '../src/view/cy-elements';
import { type Direction, fitVisible, runLayout } from '../src/view/layout';
import { DAGRE_OPTIONS } from '../src/view/layout/layout-options';
import { measureLabel } from '../src/view/measure';
import { stylesheet } from '../src/view/stylesheet';

cytoscape.use(dagre);

export interface BaselineApi {
  /** The layout options in use (the app's), for the runner's report. */
  dagreOptions: typeof DAGRE_OPTIONS;
  nodes: number;
  edges: number;
  /** Filter-equivalent: show only relations of these mechanism categories (none: show all). */
  filterCategories: (categories: string[]) => void;
  /** Re-layout what is visible, as the app's "Re-layout" button does. */
  relayout: () => void;
  /** Therapy-change-equivalent: new elements for these therapies, laid out. */
  setTherapies: (therapies: string[]) => void;
  /** Moves one node by a hundredth of a unit: what a single full redraw costs. */
  redraw: () => void;
}

declare global {
  interface Window {
    __baseline?: BaselineApi;
    __baselineError?: string;
  }
}

const mark = (name: string) => {
  performance.mark(name);
  console.debug(`[bench] ${name} ${performance.now().toFixed(1)}`);
};

const params = new URLSearchParams(window.location.search);
const list = (name: string) =>
  (params.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function elementsFor(kb: KnowledgeBase, therapies: string[], withComponents: boolean) {
  const colours = therapyColourScale(kb.therapies.map((t) => t.id));
  const graph = filterGraph(kb, { therapies, withComponents });
  const shown = expandTherapies(kb, therapies, withComponents);
  return buildElements(kb, graph, shown, 'en', colours, measureLabel);
}

async function main() {
  mark('baseline:start');
  const container = document.getElementById('cy') as HTMLDivElement;
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  if (w > 0 && h > 0) {
    container.style.width = `${w}px`;
    container.style.height = `${h}px`;
  }
  const loaded: Loaded = params.has('bench')
    ? await import('../src/data/bench-graph').then((m) => m.loadBenchKnowledgeBase(window.location.search))
    : loadBundled();
  const { kb } = loaded;
  mark('baseline:data');
  // The app's defaults: TACE, combinations with their components, top to bottom.
  const initial = params.has('therapy') ? list('therapy') : ['tace'];
  const withComponents = params.get('components') !== '0';
  const direction: Direction = params.get('layout') === 'LR' ? 'LR' : 'TB';

  const elements = elementsFor(kb, initial, withComponents);
  mark('baseline:elements');
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.08,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  window.__cy = cy;
  cy.one('layoutstart', () => mark('baseline:layout-start'));
  cy.add(elements);
  mark('baseline:added');
  runLayout(cy, direction, false);
  mark('baseline:laid-out');
  fitVisible(cy);

  window.__baseline = {
    dagreOptions: DAGRE_OPTIONS,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    filterCategories(categories) {
      const wanted = new Set(categories);
      cy.batch(() => {
        if (wanted.size === 0) {
          cy.elements().removeClass('hidden');
          return;
        }
        // An edge shows when its mechanism's category is wanted; a node while one of its edges shows.
        const ends = new Set<string>();
        cy.edges().forEach((e) => {
          const show = wanted.has(kb.mechanismById.get(e.data('mechanism'))?.category ?? '');
          e.toggleClass('hidden', !show);
          if (show) {
            ends.add(e.data('source'));
            ends.add(e.data('target'));
          }
        });
        cy.nodes().forEach((n) => {
          n.toggleClass('hidden', !ends.has(n.id()));
        });
      });
      fitVisible(cy);
    },
    relayout() {
      runLayout(cy, direction, true);
      fitVisible(cy);
    },
    redraw() {
      const node = cy.nodes().first();
      const p = node.position();
      node.position({ x: p.x + 0.01, y: p.y });
    },
    setTherapies(therapies) {
      // Diff by id: remove what went, add what came, update the data of what stayed.
      const wanted = new Map(elementsFor(kb, therapies, withComponents).map((e) => [e.data.id as string, e]));
      cy.batch(() => {
        cy.elements()
          .filter((ele) => !wanted.has(ele.id()))
          .remove();
        const fresh: ElementDefinition[] = [];
        for (const [id, def] of wanted) {
          const existing = cy.getElementById(id);
          if (existing.empty()) fresh.push(def);
          else if (existing.isNode() && existing.data('fillColours') !== def.data.fillColours) existing.data(def.data);
        }
        cy.add(fresh);
      });
      runLayout(cy, direction, false);
      fitVisible(cy);
    },
  };
}

main().catch((error: unknown) => {
  window.__baselineError = String(error);
  console.error(error);
});
