import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { UPSET_SIZES, upsetLayout } from '../../src/export/upset-layout';
import { writeUpSetSvg } from '../../src/export/upset-svg';
import { estimateTextWidth } from '../../src/style/label-layout';

const therapies = [
  { id: 'a', label: 'TACE', colour: '#E69F00' },
  { id: 'b', label: 'Immune checkpoint inhibitors', colour: '#56B4E9' },
];
const intersections = [
  { key: 'a+b', therapies: ['a', 'b'], count: 4 },
  { key: 'a', therapies: ['a'], count: 2 },
  { key: 'b', therapies: ['b'], count: 1 },
];

describe('UpSet layout', () => {
  const layout = upsetLayout({ therapies, intersections, axisLabel: 'Genes' });
  const s = UPSET_SIZES;

  it('gives the label column room for the longest therapy label', () => {
    const longest = estimateTextWidth('Immune checkpoint inhibitors', s.labelFont);
    expect(layout.labelColumn).toBeGreaterThanOrEqual(longest + 2 * s.labelGap);
    expect(layout.labelColumn).toBeLessThan(longest + 2 * s.labelGap + 1);
    for (const row of layout.rows) expect(row.x - estimateTextWidth(row.label, s.labelFont)).toBeGreaterThan(0);
    // Short labels keep the minimum column, so the chart does not shrink to nothing.
    expect(upsetLayout({ therapies: [{ id: 'x', label: 'X' }], intersections: [], axisLabel: '' }).labelColumn).toBe(
      s.minLabelColumn,
    );
  });

  it('places one column per intersection, in order, side by side after the labels', () => {
    expect(layout.columns.map((c) => c.key)).toEqual(['a+b', 'a', 'b']);
    layout.columns.forEach((c, i) => {
      expect(c.band.x).toBe(layout.labelColumn + i * s.column);
      expect(c.band.height).toBe(layout.height);
    });
    expect(layout.width).toBe(layout.labelColumn + 3 * s.column + s.rightPad);
    expect(layout.height).toBe(s.barArea + 2 * s.row + s.bottomPad);
  });

  it('draws bars on one baseline, proportional to the count, the largest leaving room for its count', () => {
    const [ab, a, b] = layout.columns;
    if (!ab || !a || !b) throw new Error('three columns expected');
    for (const c of layout.columns) {
      expect(c.bar.y + c.bar.height).toBeCloseTo(s.barArea);
      expect(c.countAt.y).toBeLessThan(c.bar.y);
    }
    expect(ab.bar.height).toBeCloseTo(s.barArea - s.countRoom);
    expect(a.bar.height / ab.bar.height).toBeCloseTo(2 / 4);
    expect(b.bar.height / ab.bar.height).toBeCloseTo(1 / 4);
  });

  it('fills a dot where the therapy is in the intersection, one row per therapy', () => {
    expect(layout.columns.map((c) => c.dots.map((d) => d.member))).toEqual([
      [true, true],
      [true, false],
      [false, true],
    ]);
    const [first] = layout.columns;
    expect(first?.dots.map((d) => d.cy)).toEqual(layout.rows.map((r) => r.y - 4));
  });

  it('is what the exported SVG draws: the same bars and dots, shifted by the figure margin', () => {
    const svg = writeUpSetSvg({
      title: 'Overlap',
      countLabel: 'Genes',
      therapies,
      intersections: intersections.map((i) => ({
        key: i.key,
        therapies: i.therapies,
        entities: Array.from({ length: i.count }, (_, n) => ({ id: `${i.key}-${n}`, label: `e${n}` })),
      })),
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const bars = [
      ...svg.matchAll(
        /<g id="set-[^"]*"[^>]*>\s*<title>[^<]*<\/title>\s*<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ];
    expect(bars.map((m) => m.slice(1).map(Number))).toEqual(
      layout.columns.map((c) => [c.bar.x, c.bar.y, c.bar.width, c.bar.height]),
    );
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(dots).toEqual(layout.columns.flatMap((c) => c.dots.map((d) => [d.cx, d.cy, s.dotRadius])));
    expect(svg).toContain('<g transform="translate(24,52)">');
  });
});
