/**
 * The shared-genes overlap chart (UpSet style) as a standalone SVG, with the same
 * primitives as the diagram figures: escaped attributes, the same font stack, one `<g>`
 * per intersection with `data-` attributes, a caption citing the source, and the data in
 * `<metadata>`. The chart itself is laid out by ./upset-layout.ts, as on screen. Pure:
 * rows in, SVG text out.
 */
import { escapeXml } from '../io/xml';
import { estimateTextWidth } from '../style/label-layout';
import { attrs, FONT_ATTR, safeId } from './svg-elements';
import { UPSET_COLOURS, UPSET_SIZES, upsetLayout } from './upset-layout';

export interface UpSetFigure {
  title: string;
  caption?: string;
  therapies: Array<{ id: string; label: string; colour: string }>;
  intersections: Array<{ key: string; therapies: string[]; entities: Array<{ id: string; label: string }> }>;
  /** Axis text, e.g. "entities". */
  countLabel: string;
}

const MARGIN = 24;

export function writeUpSetSvg(figure: UpSetFigure): string {
  // The chart's geometry is the one on screen; the figure adds a margin, the title and the caption.
  const chart = upsetLayout({
    therapies: figure.therapies,
    intersections: figure.intersections.map((i) => ({ key: i.key, therapies: i.therapies, count: i.entities.length })),
    axisLabel: figure.countLabel,
  });
  const colour = new Map(figure.therapies.map((t) => [t.id, t.colour]));
  const top = MARGIN + 28;
  // Wide enough for the title and the caption as well as the chart.
  const width = Math.ceil(
    Math.max(
      chart.width + 2 * MARGIN,
      estimateTextWidth(figure.title, 16) * 1.08 + 2 * MARGIN,
      figure.caption ? estimateTextWidth(figure.caption, 11) + 2 * MARGIN : 0,
      420,
    ),
  );
  const height = top + chart.height + (figure.caption ? 40 : 16) + MARGIN;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })} ${FONT_ATTR}>`,
    `<title>${escapeXml(figure.title)}</title>`,
    `<metadata><data xmlns="urn:x-pathway-atlas:figure" type="application/json">${escapeXml(
      JSON.stringify({
        format: 'pathway-atlas-upset/1',
        therapies: figure.therapies,
        intersections: figure.intersections,
      }),
    )}</data></metadata>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text class="figure-title"${attrs({ x: MARGIN, y: MARGIN + 12, 'font-size': 16, 'font-weight': 700, fill: '#111111' })}>${escapeXml(figure.title)}</text>`,
    `<g transform="translate(${MARGIN},${top})">`,
    `<text${attrs({ x: chart.axisLabel.x, y: chart.axisLabel.y, 'text-anchor': 'end', 'font-size': UPSET_SIZES.countFont, fill: '#555555' })}>${escapeXml(chart.axisLabel.text)}</text>`,
  ];
  for (const row of chart.rows) {
    out.push(
      `<text class="therapy-label"${attrs({ x: row.x, y: row.y, 'text-anchor': 'end', 'font-size': UPSET_SIZES.labelFont, fill: '#111111' })}>${escapeXml(row.label)}</text>`,
    );
  }
  chart.columns.forEach((column, i) => {
    const inter = figure.intersections[i];
    if (!inter) return;
    out.push(
      `<g${attrs({ id: safeId('set-', inter.key), class: 'intersection', 'data-therapies': inter.therapies.join(' '), 'data-entities': inter.entities.map((e) => e.id).join(' ') })}>`,
      `<title>${escapeXml(`${column.count}: ${inter.entities.map((e) => e.label).join(', ')}`)}</title>`,
      `<rect${attrs({ ...column.bar, fill: UPSET_COLOURS.bar })}/>`,
      `<text${attrs({ x: column.countAt.x, y: column.countAt.y, 'text-anchor': 'middle', 'font-size': UPSET_SIZES.countFont, fill: '#111111' })}>${column.count}</text>`,
    );
    for (const dot of column.dots) {
      out.push(
        `<circle${attrs({ cx: dot.cx, cy: dot.cy, r: UPSET_SIZES.dotRadius, fill: dot.member ? (colour.get(dot.therapy) ?? UPSET_COLOURS.bar) : UPSET_COLOURS.absentDot, stroke: dot.member ? UPSET_COLOURS.dotStroke : 'none' })}/>`,
      );
    }
    out.push('</g>');
  });
  out.push('</g>');
  if (figure.caption) {
    out.push(
      `<text class="figure-caption"${attrs({ x: MARGIN, y: top + chart.height + 30, 'font-size': 11, fill: '#333333' })}>${escapeXml(figure.caption)}</text>`,
    );
  }
  out.push('</svg>', '');
  return out.join('\n');
}
