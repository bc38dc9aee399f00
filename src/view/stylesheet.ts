/** The Cytoscape stylesheet, generated from the shared visual language. */
import type { StylesheetJson } from 'cytoscape';
import { OVERLAY_ENTITY_TYPES } from '../model/overlay-values';
import { LINE_STYLES } from '../model/relation-look';
import { CERTAINTIES, ENTITY_TYPES, SIGNS } from '../model/vocabulary';
import { BEYOND_MARKS, beyondImage, hatchTileSvg, svgDataUrl } from '../style/overlay-marks';
import {
  DASH_PATTERN,
  EDGE_WIDTHS,
  EMPHASIS_LOOK,
  edgeLook,
  FONT_STACK,
  FRAME_LOOK,
  HIGHLIGHT,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  NODE_LOOK,
  nodeBorder,
  PATH_COLOUR,
  REPEATED_BORDER,
} from '../style/visual';
import { edgeClasses } from './cy-elements';
import { TITLE_GAP } from './layout';

export { HIGHLIGHT, PATH_COLOUR };

/** Entity and edge labels smaller than this on screen are not drawn, in px. */
export const MIN_LABEL_PX = 10;
/** Edge labels (modification sites such as R452), in diagram units. */
export const EDGE_LABEL_SIZE = 11;

/**
 * The box Cytoscape gives a layout for a node under this stylesheet (outerWidth and
 * outerHeight: the size plus one border width, as the border is centred on the outline),
 * computed from the element definition alone, for layouts done without Cytoscape.
 */
export function layoutSize(def: { data: { [key: string]: unknown }; classes?: string | string[] }): {
  w: number;
  h: number;
} {
  const classes = Array.isArray(def.classes) ? def.classes : (def.classes ?? '').split(' ');
  const repeated = classes.includes('repeated');
  const look = NODE_LOOK[def.data.type as keyof typeof NODE_LOOK];
  const border = look ? nodeBorder(look, repeated).width : 0;
  const w = (Number(def.data.w) || 0) + border;
  const h = (Number(def.data.h) || 0) + border;
  // Cytoscape hands a layout 1×1 for anything without area.
  return w === 0 || h === 0 ? { w: 1, h: 1 } : { w, h };
}

export function stylesheet(): StylesheetJson {
  return [
    {
      // Entities (frames, which have no entity, are styled below).
      selector: 'node[entity]',
      style: {
        label: 'data(label)',
        width: 'data(w)',
        height: 'data(h)',
        'font-family': FONT_STACK,
        'font-size': LABEL_FONT_SIZE,
        'line-height': LABEL_LINE_HEIGHT,
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        'text-valign': 'center',
        'text-halign': 'center',
        color: '#111111',
        // Labels too small to read are not drawn (semantic zoom: the frames' titles tell
        // what each cluster is; zooming in brings the labels back), and a large graph
        // renders much faster.
        'min-zoomed-font-size': MIN_LABEL_PX,
        'background-fill': 'linear-gradient',
        'background-gradient-direction': 'to-right',
        'background-gradient-stop-colors': 'data(fillColours)',
        'background-gradient-stop-positions': 'data(fillStops)',
        'border-color': '#333333',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node.type-${type}`,
      style: {
        shape: NODE_LOOK[type].shape,
        'border-width': NODE_LOOK[type].borderWidth,
        'border-style': NODE_LOOK[type].borderStyle,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: EDGE_WIDTHS.stated,
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        label: 'data(site)',
        'font-size': EDGE_LABEL_SIZE,
        'min-zoomed-font-size': MIN_LABEL_PX,
        'font-family': FONT_STACK,
        color: '#444444',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 1,
        'text-background-padding': '1px',
      },
    },
    // One rule per drawn look (sign × line × certainty; classes from ./elements.ts), each
    // from edgeLook, so the screen draws exactly what the legend and the figures draw.
    ...SIGNS.flatMap((sign) =>
      LINE_STYLES.flatMap((line) =>
        CERTAINTIES.map((certainty) => {
          const look = edgeLook({ sign, line, certainty });
          return {
            selector: `edge${edgeClasses({ sign, line, certainty })
              .split(' ')
              .map((c) => `.${c}`)
              .join('')}`,
            style: {
              width: look.width,
              'line-color': look.colour,
              'target-arrow-color': look.colour,
              'target-arrow-shape': look.end,
              'target-arrow-fill': look.hollow ? 'hollow' : 'filled',
              'line-style': look.dashed ? 'dashed' : 'solid',
              'line-dash-pattern': [...DASH_PATTERN],
            },
          };
        }),
      ),
    ),
    // SBGN clone marker: a repeated node carries a dark band along its bottom.
    {
      selector: 'node.repeated',
      style: { 'border-style': REPEATED_BORDER.style, 'border-width': REPEATED_BORDER.width },
    },
    // Mechanism frames: compound nodes around each mechanism, titled above.
    {
      selector: 'node.frame',
      style: {
        shape: 'round-rectangle',
        'background-fill': 'solid',
        'background-color': 'data(fill)',
        'background-opacity': 1,
        'border-color': 'data(stroke)',
        'border-width': FRAME_LOOK.borderWidth,
        'border-style': 'solid',
        padding: `${FRAME_LOOK.padding}px`,
        'compound-sizing-wrt-labels': 'exclude',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 'data(titleSize)',
        'font-weight': 'bold',
        'line-height': FRAME_LOOK.titleLineHeight,
        color: FRAME_LOOK.titleColour,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -TITLE_GAP,
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
        'min-zoomed-font-size': 0,
        'transition-property': 'none',
      },
    },
    // Semantic zoom (src/view/label-zoom.ts): labels that would be drawn below
    // MIN_LABEL_PX are not drawn at all.
    { selector: 'node[entity].unlabelled, edge.unlabelled', style: { label: '' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.22 } },
    { selector: '.quiet', style: { opacity: EMPHASIS_LOOK.earlierOpacity } },
    {
      selector: 'node.neighbour, node.path-node',
      style: { 'border-width': 3, 'border-color': HIGHLIGHT },
    },
    { selector: 'edge.neighbour', style: { width: 2.6, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT } },
    {
      selector: 'node.focus',
      style: {
        'border-width': EMPHASIS_LOOK.currentBorderWidth,
        'border-color': HIGHLIGHT,
        'underlay-color': HIGHLIGHT,
        'underlay-opacity': EMPHASIS_LOOK.underlayOpacity,
        'underlay-padding': EMPHASIS_LOOK.underlayPadding,
      },
    },
    {
      selector: 'edge.focus',
      style: { width: EMPHASIS_LOOK.currentEdgeWidth, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT },
    },
    { selector: 'node.path-node', style: { 'border-color': PATH_COLOUR, 'border-width': 4 } },
    { selector: 'edge.path-edge', style: { width: 4, 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR } },
    // A closed frame (the overview of a very large graph, ./overview.ts): a box its
    // entities' size, its title and count inside.
    {
      selector: 'node.frame.closed',
      style: {
        width: 'data(w)',
        height: 'data(h)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'border-width': FRAME_LOOK.borderWidth * 2,
      },
    },
    {
      selector: 'edge.link',
      style: {
        width: 'data(width)',
        'line-color': '#9A9A9A',
        'line-opacity': 0.6,
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
        label: '',
      },
    },
    { selector: 'node.frame.focus', style: { 'border-width': 3, 'border-color': HIGHLIGHT, 'underlay-opacity': 0 } },
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
    // A data overlay (./overlay.ts): the value's colour, one slice per column shown.
    {
      selector: 'node[entity][ovColours]',
      style: {
        'background-gradient-stop-colors': 'data(ovColours)',
        'background-gradient-stop-positions': 'data(ovStops)',
        color: 'data(ovText)',
      },
    },
    // A gene without a value: hatched grey, the same tile as the legend's and the figures'.
    {
      selector: 'node[entity][ovMark = "no-data"]',
      style: {
        'background-image': svgDataUrl(hatchTileSvg()),
        'background-repeat': 'repeat',
        'background-clip': 'node',
        'background-image-containment': 'inside',
      },
    },
    // A value beyond the colour limits: ▲ ▼ above the node's top-right corner, outside it
    // (lifted over the border of the node's type: genes and families carry overlays).
    ...BEYOND_MARKS.flatMap((mark) => OVERLAY_ENTITY_TYPES.map((type) => ({ mark, type }))).map(({ mark, type }) => {
      const image = beyondImage(mark, NODE_LOOK[type].borderWidth);
      return {
        selector: `node.type-${type}[ovMark = "${mark}"]`,
        style: {
          'background-image': image.url,
          'background-width': `${image.width}px`,
          'background-height': `${image.height}px`,
          'background-position-x': '100%',
          'background-position-y': '0%',
          'background-offset-x': `${image.offsetX}px`,
          'background-offset-y': `${image.offsetY}px`,
          'background-clip': 'none',
          'background-image-containment': 'over',
          'bounds-expansion': `${image.above} 0 0 0`,
        },
      };
    }),
  ] as StylesheetJson;
}
