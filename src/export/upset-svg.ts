/**
 * The shared-genes overlap chart (UpSet style) as a standalone SVG, with the same
 * primitives as the diagram figures: escaped attributes, the same font stack, one `<g>`
 * per intersection with `data-` attributes, a caption citing the source, and the data in
 * `<metadata>`. Pure: rows in, SVG text out.
 */
import { escapeXml } from '../io/xml';
import { estimateTextWidth } from '../style/label-layout';
import { attrs, FONT_ATTR, safeId } from './svg-elements';

export interface UpSetFigure {
  title: string;
  caption?: string;
  therapies: Array<{ id: string; label: string; colour: string }>;
  intersections: Array<{ key: string; therapies: string[]; entities: Array<{ id: string; label: string }> }>;
  /** Axis text, e.g. "entities". */
  countLabel: string;
}

const BAR_AREA = 160;
const COLUMN = 28;
const ROW = 22;
const LABEL = 150;
const MARGIN = 24;

export function writeUpSetSvg(figure: UpSetFigure): string {
  const max = Math.max(1, ...figure.intersections.map((i) => i.entities.length));
  const top = MARGIN + 28;
  const chartW = LABEL + figure.intersections.length * COLUMN;
  const chartH = BAR_AREA + figure.therapies.length * ROW;
  // Wide enough for the title and the caption as well as the chart.
  const width = Math.ceil(
    Math.max(
      chartW + 2 * MARGIN,
      estimateTextWidth(figure.title, 16) * 1.08 + 2 * MARGIN,
      figure.caption ? estimateTextWidth(figure.caption, 11) + 2 * MARGIN : 0,
      420,
    ),
  );
  const height = top + chartH + (figure.caption ? 40 : 16) + MARGIN;
  const bar = (count: number) => ((BAR_AREA - 24) * count) / max;
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
    `<text${attrs({ x: LABEL - 8, y: 12, 'text-anchor': 'end', 'font-size': 11, fill: '#555555' })}>${escapeXml(figure.countLabel)}</text>`,
  ];
  figure.therapies.forEach((t, r) => {
    out.push(
      `<text class="therapy-label"${attrs({ x: LABEL - 10, y: BAR_AREA + r * ROW + ROW / 2 + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#111111' })}>${escapeXml(t.label)}</text>`,
    );
  });
  figure.intersections.forEach((inter, i) => {
    const x = LABEL + i * COLUMN;
    const h = bar(inter.entities.length);
    const members = new Set(inter.therapies);
    out.push(
      `<g${attrs({ id: safeId('set-', inter.key), class: 'intersection', 'data-therapies': inter.therapies.join(' '), 'data-entities': inter.entities.map((e) => e.id).join(' ') })}>`,
      `<title>${escapeXml(`${inter.entities.length}: ${inter.entities.map((e) => e.label).join(', ')}`)}</title>`,
      `<rect${attrs({ x: x + 5, y: BAR_AREA - h, width: COLUMN - 10, height: h, fill: '#444444' })}/>`,
      `<text${attrs({ x: x + COLUMN / 2, y: BAR_AREA - h - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#111111' })}>${inter.entities.length}</text>`,
    );
    figure.therapies.forEach((t, r) => {
      out.push(
        `<circle${attrs({ cx: x + COLUMN / 2, cy: BAR_AREA + r * ROW + ROW / 2, r: 6, fill: members.has(t.id) ? t.colour : '#E4E4E4', stroke: members.has(t.id) ? '#222222' : 'none' })}/>`,
      );
    });
    out.push('</g>');
  });
  out.push('</g>');
  if (figure.caption) {
    out.push(
      `<text class="figure-caption"${attrs({ x: MARGIN, y: top + chartH + 30, 'font-size': 11, fill: '#333333' })}>${escapeXml(figure.caption)}</text>`,
    );
  }
  out.push('</svg>', '');
  return out.join('\n');
}
