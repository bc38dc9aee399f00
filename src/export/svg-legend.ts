/**
 * The legend drawn inside the figure: therapy colours, the entity types present (their
 * shapes, from the same outlines as the nodes) and the relation ends and lines present
 * (with the same dashes, weights and markers as the edges). Sized from estimated text widths, then placed by the writer.
 */
import { escapeXml } from '../io/xml';
import type { RelationLook } from '../model/relation-look';
import { type BeyondMark, beyondBox, beyondPolygons } from '../style/overlay-marks';
import { EMPHASIS_LOOK, HIGHLIGHT, type NodeLook, type NodeShape } from '../style/visual';
import type { FigureLegend } from './figure';
import { edgePath, edgeStroke, FONT_ATTR, NO_DATA_PATTERN, outlineElement } from './svg-elements';

export type Measure = (text: string, fontSize: number) => number;

export interface Block {
  width: number;
  height: number;
  render: (x: number, y: number) => string;
}

const TEXT_SIZE = 12;
const HEADING_SIZE = 12;
const TITLE_SIZE = 13;
const ROW = 24;
const ICON = 44;
const GAP = 8;
const COLUMN_GAP = 22;
const GROUP_GAP = 28;
const n = (v: number) => Number(v.toFixed(2));

interface Item {
  label: string;
  icon: (x: number, cy: number) => string;
}

interface Group {
  heading: string;
  className: string;
  items: Item[];
}

function swatch(fill: string, colour: string) {
  return (x: number, cy: number) =>
    `<rect x="${n(x + 6)}" y="${n(cy - 7)}" width="28" height="14" rx="2" fill="${escapeXml(fill)}" stroke="${escapeXml(colour)}" stroke-width="1.5"/>`;
}

function shapeIcon(shape: NodeShape, look: NodeLook) {
  return (x: number, cy: number) => {
    const stroke = {
      fill: '#FFFFFF',
      stroke: '#333333',
      'stroke-width': Math.min(look.borderWidth, 2.5),
      'stroke-dasharray': look.borderStyle === 'dashed' ? '4 2' : undefined,
    };
    const parts = [outlineElement(shape, x + 20, cy, 40, 18, stroke)];
    if (look.borderStyle === 'double')
      parts.push(outlineElement(shape, x + 20, cy, 34, 12, { fill: 'none', stroke: '#333333', 'stroke-width': 1 }));
    return parts.join('');
  };
}

/** A relation's sample: a short line drawn as the relations it stands for, with their end. */
function relationIcon(look: RelationLook) {
  return (x: number, cy: number) => {
    const d = edgePath({
      curve: 'straight',
      ...look,
      points: [
        { x: x + 2, y: cy },
        { x: x + ICON - 2, y: cy },
      ],
    });
    return `<path d="${d}" ${edgeStroke(look)}/>`;
  };
}

/** A plain box drawn as a story step draws its own elements (outlined, with a halo) or earlier ones (quieter). */
function emphasisIcon(emphasis: 'current' | 'earlier') {
  return (x: number, cy: number) => {
    if (emphasis === 'earlier')
      return `<g opacity="${EMPHASIS_LOOK.earlierOpacity}">${outlineElement('round-rectangle', x + 20, cy, 40, 18, {
        fill: '#FFFFFF',
        stroke: '#333333',
        'stroke-width': 1.5,
      })}</g>`;
    return [
      outlineElement('round-rectangle', x + 20, cy, 44, 22, {
        fill: HIGHLIGHT,
        'fill-opacity': EMPHASIS_LOOK.underlayOpacity,
        stroke: 'none',
      }),
      outlineElement('round-rectangle', x + 20, cy, 36, 14, { fill: '#FFFFFF', stroke: HIGHLIGHT, 'stroke-width': 3 }),
    ].join('');
  };
}

/** The overlay's colour ramp as a row of cells, low on the left. */
function rampIcon(colours: readonly string[]) {
  return (x: number, cy: number) => {
    const w = ICON / colours.length;
    const cells = colours.map(
      (c, i) => `<rect x="${n(x + i * w)}" y="${n(cy - 7)}" width="${n(w + 0.3)}" height="14" fill="${escapeXml(c)}"/>`,
    );
    return `${cells.join('')}<rect x="${n(x)}" y="${n(cy - 7)}" width="${ICON}" height="14" fill="none" stroke="#777777" stroke-width="1"/>`;
  };
}

const noIcon = () => '';

/** A gene box drawn as the diagram draws a node without a value: hatched grey. */
function noDataIcon(x: number, cy: number) {
  return `<rect x="${n(x + 6)}" y="${n(cy - 7)}" width="28" height="14" rx="2" fill="url(#${NO_DATA_PATTERN})" stroke="#333333" stroke-width="1.5"/>`;
}

/** A small gene box with its ▲ or ▼ above its top-right corner, as the diagram draws it. */
function beyondIcon(mark: BeyondMark) {
  return (x: number, cy: number) => {
    const node = { x: x + 18, y: cy + 4, w: 24, h: 10, borderWidth: 1.5 };
    const box = beyondBox(node, mark);
    return `<rect x="${n(node.x - node.w / 2)}" y="${n(node.y - node.h / 2)}" width="${node.w}" height="${node.h}" rx="2" fill="#FFFFFF" stroke="#333333" stroke-width="1.5"/>${beyondPolygons(box, mark)}`;
  };
}

/** The data overlay's entries: the scale with its column and limits, how it reads, no data, ▲ ▼, the family rule. */
function overlayItems(overlay: NonNullable<FigureLegend['overlay']>): Item[] {
  return [
    { label: overlay.range, icon: rampIcon(overlay.ramp) },
    ...(overlay.note ? [{ label: overlay.note, icon: noIcon }] : []),
    ...(overlay.slices ? [{ label: overlay.slices, icon: noIcon }] : []),
    { label: overlay.noData.label, icon: noDataIcon },
    ...(overlay.above ? [{ label: overlay.above, icon: beyondIcon('above') }] : []),
    ...(overlay.below ? [{ label: overlay.below, icon: beyondIcon('below') }] : []),
    { label: overlay.family, icon: noIcon },
  ];
}

function groups(legend: FigureLegend): Group[] {
  const all: Group[] = [
    {
      heading: legend.headings.therapies,
      className: 'legend-therapies',
      items: legend.therapies.map((t) => ({ label: t.label, icon: swatch(t.fill, t.colour) })),
    },
    {
      heading: legend.headings.entityTypes,
      className: 'legend-entity-types',
      items: legend.entityTypes.map((e) => ({ label: e.label, icon: shapeIcon(e.look.shape, e.look) })),
    },
    {
      heading: legend.headings.relationTypes,
      className: 'legend-relation-types',
      items: legend.relations.map((r) => ({ label: r.label, icon: relationIcon(r.look) })),
    },
    {
      heading: legend.emphasis?.heading ?? '',
      className: 'legend-story-step',
      items: legend.emphasis
        ? [
            { label: legend.emphasis.current, icon: emphasisIcon('current') },
            { label: legend.emphasis.earlier, icon: emphasisIcon('earlier') },
          ]
        : [],
    },
    {
      heading: legend.overlay?.heading ?? '',
      className: 'legend-overlay',
      items: legend.overlay ? overlayItems(legend.overlay) : [],
    },
  ];
  return all.filter((g) => g.items.length > 0);
}

function text(x: number, y: number, size: number, value: string, weight?: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${FONT_ATTR} font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} fill="#1A1A1A">${escapeXml(value)}</text>`;
}

/** One group as columns of at most `maxRows` rows. */
function groupBlock(group: Group, maxRows: number, measure: Measure): Block {
  const columns: Item[][] = [];
  for (let i = 0; i < group.items.length; i += maxRows) columns.push(group.items.slice(i, i + maxRows));
  const widths = columns.map((c) => ICON + GAP + Math.max(...c.map((it) => measure(it.label, TEXT_SIZE))));
  const itemsWidth = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (columns.length - 1);
  const width = Math.max(itemsWidth, measure(group.heading, HEADING_SIZE));
  const height = 20 + Math.max(...columns.map((c) => c.length)) * ROW;
  const render = (x: number, y: number) => {
    const out = [text(x, y + 13, HEADING_SIZE, group.heading, 'bold')];
    let cx = x;
    columns.forEach((column, ci) => {
      column.forEach((item, ri) => {
        const cy = y + 20 + ri * ROW + ROW / 2;
        out.push(item.icon(cx, cy), text(cx + ICON + GAP, cy + 0.38 * TEXT_SIZE, TEXT_SIZE, item.label));
      });
      cx += widths[ci] + COLUMN_GAP;
    });
    return `<g class="${group.className}">${out.join('')}</g>`;
  };
  return { width, height, render };
}

/**
 * The legend as a block: groups side by side (`row`, under a wide diagram; a group that
 * would reach past `maxWidth` starts a new line) or stacked (`column`, beside a tall
 * diagram or on a slide).
 */
export function legendBlock(
  legend: FigureLegend,
  arrangement: 'row' | 'column',
  measure: Measure,
  maxWidth = Number.POSITIVE_INFINITY,
): Block {
  const blocks = groups(legend).map((g) => groupBlock(g, arrangement === 'row' ? 5 : 99, measure));
  const head = 22;
  // Where each group goes, relative to the legend's top-left corner below its heading.
  const at: Array<{ x: number; y: number }> = [];
  let width = 0;
  let height = 0;
  if (arrangement === 'row') {
    let x = 0;
    let y = 0;
    let lineHeight = 0;
    for (const block of blocks) {
      if (x > 0 && x + block.width > maxWidth) {
        x = 0;
        y += lineHeight + 12;
        lineHeight = 0;
      }
      at.push({ x, y });
      width = Math.max(width, x + block.width);
      lineHeight = Math.max(lineHeight, block.height);
      height = y + lineHeight;
      x += block.width + GROUP_GAP;
    }
  } else {
    let y = 0;
    for (const block of blocks) {
      at.push({ x: 0, y });
      width = Math.max(width, block.width);
      height = y + block.height;
      y += block.height + 12;
    }
  }
  const render = (x: number, y: number) => {
    const out = [text(x, y + 14, TITLE_SIZE, legend.headings.legend, 'bold')];
    blocks.forEach((block, i) => {
      out.push(block.render(x + at[i].x, y + head + at[i].y));
    });
    return `<g id="legend" class="legend">${out.join('')}</g>`;
  };
  return { width: Math.max(width, measure(legend.headings.legend, TITLE_SIZE)), height: head + height, render };
}
