/**
 * Lays a therapy graph out without a browser, for `graph figure` and the tests: the same
 * elements (labels wrapped with an estimate of Noto Sans widths instead of a canvas
 * measurement), the same stylesheet and the same layered dagre layout as the app, on a
 * headless Cytoscape instance. Edge routes are computed (see src/view/figure-from-cy.ts):
 * on screen they come from Cytoscape's renderer, which Node does not have.
 */
import cytoscape from 'cytoscape';
import type { Figure } from '../export/figure';
import type { Arrangement } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import { expandTherapies, filterGraph } from '../model/query';
import type { Language } from '../model/vocabulary';
import type { LayoutDirection } from '../store/view-state';
import { estimateTextWidth } from '../style/label-layout';
import { therapyColourScale } from '../style/palette';
import { applyArrangement } from '../view/arrangement';
import { buildElements } from '../view/elements';
import { figureFromCy } from '../view/figure-from-cy';
import { layoutLayered } from '../view/layout';
import { BOLD_ESTIMATE } from '../view/measure';
import { stylesheet } from '../view/stylesheet';

export interface HeadlessFigureOptions {
  therapies: readonly string[];
  direction?: LayoutDirection;
  language?: Language;
  /** Combinations include their component therapies, as in the app by default. */
  withComponents?: boolean;
  title?: string;
  caption?: boolean | string;
  /** Width / height of the drawing area the components are packed for. */
  aspect?: number;
  /** Draw only these entities and relations (a story step), laid out with the whole therapy graph. */
  only?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** Outline these as the step's own, and draw the rest quieter. */
  emphasis?: { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  /** A curated arrangement of the view (graphs/layouts/), drawn over the automatic layout. */
  arrangement?: Arrangement | null;
}

export function headlessFigure(kb: KnowledgeBase, options: HeadlessFigureOptions): Figure {
  const language = options.language ?? 'en';
  const withComponents = options.withComponents ?? true;
  const graph = filterGraph(kb, { therapies: options.therapies, withComponents });
  const shown = expandTherapies(kb, options.therapies, withComponents);
  const colours = therapyColourScale(kb.therapies.map((t) => t.id));
  const elements = buildElements(kb, graph, shown, language, colours, (text) => estimateTextWidth(text));
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
  try {
    layoutLayered(cy, cy.elements(), options.direction ?? 'TB', {
      aspect: options.aspect ?? 16 / 10,
      measureTitle: (text) => estimateTextWidth(text) * BOLD_ESTIMATE,
    });
    applyArrangement(cy, options.arrangement ?? null);
    return figureFromCy(cy, kb, {
      scope: 'whole',
      geometry: 'computed',
      language,
      colours,
      title: options.title,
      caption: options.caption ?? true,
      ...(options.only ? { only: options.only } : {}),
      ...(options.emphasis ? { emphasis: options.emphasis } : {}),
    });
  } finally {
    // A headless instance keeps a timer alive until it is destroyed.
    cy.destroy();
  }
}
