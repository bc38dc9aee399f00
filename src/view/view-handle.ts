/**
 * What the rest of the app may ask of the diagram, as xyflow's `useReactFlow()` offers
 * `fitView()`: commands and reads, never the Cytoscape instance itself. CytoscapeView
 * hands one out through `onReady`; the store keeps it so actions can move the camera.
 */
import type { Figure } from '../export/figure';
import type { Point } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import type { Selection } from '../store/view-state';
import type { FigureFromCyOptions } from './figure-from-cy';

export interface ViewHandle {
  /** Lays out again what is visible, once the view has drawn the props of the moment. */
  relayout(): void;
  /** Centres on a selection by the readable-focus rule, once the view has drawn the props of the moment. */
  focus(selection: NonNullable<Selection>): void;
  /** Zooms about the centre of the drawing area. */
  zoomBy(factor: number): void;
  /** Fits everything shown. */
  fit(): void;
  /** What is drawn, as figure data for the SVG and PNG writers. */
  figure(kb: KnowledgeBase, options: FigureFromCyOptions): Figure;
  /** Where every entity node is (frames excluded), for saving an arrangement. */
  positions(): Map<string, Point>;
}
