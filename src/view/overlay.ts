/**
 * The data overlay on a live Cytoscape instance: node data fields the stylesheet maps
 * (`ovColours`, `ovStops`, `ovText`, and `ovMark` for the hatching of a gene without a
 * value or the ▲ ▼ of a value beyond the limits; see stylesheet.ts), set only on nodes
 * whose paint changes and removed from those that lose it, in one batch. Data fields
 * rather than classes, because applyElements resets classes to the element definitions'.
 */
import type { Core } from 'cytoscape';
import type { OverlayMark } from '../style/overlay-marks';
import { isFrame } from './cy-elements';

export interface OverlayPaint {
  colours: string;
  stops: string;
  text: string;
  mark?: OverlayMark;
}

export function applyOverlay(cy: Core, paints: ReadonlyMap<string, OverlayPaint> | null) {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (isFrame(n.data())) return;
      const paint = paints?.get(n.data('entity'));
      if (!paint) {
        if (n.data('ovColours') !== undefined) n.removeData('ovColours ovStops ovText ovMark');
        return;
      }
      if (
        n.data('ovColours') !== paint.colours ||
        n.data('ovStops') !== paint.stops ||
        n.data('ovText') !== paint.text ||
        n.data('ovMark') !== paint.mark
      ) {
        n.data({ ovColours: paint.colours, ovStops: paint.stops, ovText: paint.text, ovMark: paint.mark });
      }
    });
  });
}
