/**
 * The SVG figure writer on the small fixture (every awkward case by construction) and on
 * every therapy of the real knowledge base: well-formed, complete, escaped, traceable.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headlessFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, readSources } from '../../src/cli/files';
import type { Figure } from '../../src/export/figure';
import { clipAtOutline, routeEdge } from '../../src/export/geometry';
import { rasterSize } from '../../src/export/raster';
import { BOLD_WIDTH } from '../../src/export/svg-elements';
import { ARROW_SCALE, EDGE_WIDTH, markerId } from '../../src/export/svg-markers';
import { layoutFigure, SIZE_PRESETS, writeSvg } from '../../src/export/svg-writer';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { filterGraph } from '../../src/model/query';
import { estimateTextWidth } from '../../src/style/label-layout';
import { FRAME_LOOK } from '../../src/style/visual';
import { stylesheet } from '../../src/view/stylesheet';
import { smallDocument, smallSources } from '../fixtures/small-kb';

const NASTY = `STAT3 <b> & "x" 'y'`;

function smallKb() {
  const doc = smallDocument();
  const s1 = doc.entities?.find((e) => e.id === 's1');
  if (s1) s1.label = { en: NASTY, zh: '信号转导子 <3>' };
  const { kb, problems } = loadKnowledgeBase(smallSources(doc));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return kb;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false });

function viewBox(svg: string) {
  const m = svg.match(/viewBox="([-\d. ]+)"/);
  const [x, y, w, h] = (m?.[1] ?? '').split(' ').map(Number);
  return { x, y, w, h };
}

function metadataGraph(svg: string): { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } {
  const doc = parser.parse(svg);
  return JSON.parse(doc.svg.metadata.graph['#text']);
}

function expectSafe(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/href=/i);
  expect(svg).not.toMatch(/url\((?!#)/);
  expect(svg).not.toMatch(/@import/);
}

function expectComplete(svg: string, figure: Figure) {
  for (const node of figure.nodes) expect(svg).toContain(`data-entity="${node.entity}"`);
  for (const edge of figure.edges) expect(svg).toContain(`data-relation="${edge.relation}"`);
  const groups = svg.match(/<g id="(node|edge)-/g) ?? [];
  expect(groups).toHaveLength(figure.nodes.length + figure.edges.length);
}

function expectInsideViewBox(svg: string, figure: Figure) {
  const v = viewBox(svg);
  for (const n of figure.nodes) {
    expect(n.x - n.w / 2, n.id).toBeGreaterThanOrEqual(v.x);
    expect(n.y - n.h / 2, n.id).toBeGreaterThanOrEqual(v.y);
    expect(n.x + n.w / 2, n.id).toBeLessThanOrEqual(v.x + v.w);
    expect(n.y + n.h / 2, n.id).toBeLessThanOrEqual(v.y + v.h);
  }
}

describe('writeSvg on the small fixture', () => {
  const kb = smallKb();
  const figure = headlessFigure(kb, { therapies: ['a', 'b'], title: 'Title <with> & "quotes"' });
  const svg = writeSvg(figure);

  it('is well-formed, self-contained SVG with no script and no external reference', () => {
    expectSafe(svg);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('draws every visible entity and relation as its own <g> with id, class and data attributes', () => {
    const graph = filterGraph(kb, { therapies: ['a', 'b'], withComponents: true });
    expect(figure.edges.map((e) => e.relation).sort()).toEqual(graph.relations.map((r) => r.id).sort());
    expectComplete(svg, figure);
    expect(svg).toMatch(
      /<g id="node-h1" class="node type-gene" data-entity="h1" data-symbol="HIF1A" data-therapies="a b"/,
    );
    expect(svg).toMatch(
      /<g id="edge-edge_r2" class="edge sign-positive line-solid certainty-stated type-activates" data-relation="r2"[^>]* data-references="1"/,
    );
  });

  it('ends inhibitions with the T-bar marker and activations with the arrowhead', () => {
    const inhibition = svg.match(/<g [^>]*data-relation="r5"[^>]*><title>[^<]*<\/title><path [^>]*>/)?.[0] ?? '';
    expect(inhibition).toContain('marker-end="url(#end-negative)"');
    expect(svg).toMatch(/<marker id="end-negative" class="marker marker-tee"[^>]*><rect /);
    const activation = svg.match(/<g [^>]*data-relation="r1"[^>]*><title>[^<]*<\/title><path [^>]*>/)?.[0] ?? '';
    expect(activation).toContain('marker-end="url(#end-positive)"');
    expect(svg).toMatch(/<marker id="end-positive" class="marker marker-triangle"[^>]*><polygon /);
  });

  it('escapes <, & and quotes in labels, title and attributes, and keeps them as text', () => {
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('STAT3 &lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;');
    expect(svg).toContain(`data-label="STAT3 &lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;"`);
    const doc = parser.parse(svg);
    const entities = doc.svg.g.find((g: Record<string, string>) => g['@id'] === 'entities');
    const s1 = entities.g.find((g: Record<string, string>) => g['@data-entity'] === 's1');
    expect(s1['@data-label']).toBe(NASTY);
    expect(svg).toContain('Title &lt;with&gt; &amp; &quot;quotes&quot;');
  });

  it('writes labels as <text> with one <tspan> per line and a font stack covering Greek and Chinese', () => {
    expect(svg).toMatch(
      /<text class="label" font-family="&quot;Noto Sans&quot;[^"]*Noto Sans CJK SC[^"]*"[^>]*><tspan [^>]*>HIF-1α<\/tspan><\/text>/,
    );
    const long = headlessFigure(kb, { therapies: ['a'], language: 'zh' });
    const zh = writeSvg(long);
    expectSafe(zh);
    expect(zh).toMatch(/<tspan [^>]*>缺氧<\/tspan>/);
    expect(zh).toContain('信号转导子 &lt;3&gt;');
    expect(zh).toContain('xml:lang="zh-CN"');
    expect(zh).toContain('图例');
  });

  it('fills shared nodes with hard-stop stripes, one per therapy', () => {
    expect(svg).toMatch(
      /<linearGradient id="stripes-1" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#[0-9A-F]{6}"\/><stop offset="0.5" stop-color="#[0-9A-F]{6}"\/><stop offset="0.5" [^>]*\/><stop offset="1" [^>]*\/><\/linearGradient>/,
    );
    const h1 = svg.match(/<g id="node-h1"[\s\S]*?<\/g>/)?.[0] ?? '';
    expect(h1).toContain('fill="url(#stripes-1)"');
  });

  it('has a viewBox that holds every node, and the legend, title and caption', () => {
    expectInsideViewBox(svg, figure);
    expect(svg).toContain('<g id="legend" class="legend">');
    for (const label of ['Legend', 'Therapies', 'Gene / protein', 'Condition', 'Activates / upregulates (positive)'])
      expect(svg).toContain(`>${label}<`);
    expect(svg).toContain('Inhibits / downregulates (negative)');
    // The small fixture has no atlas section: the caption cites the neutral default source.
    expect(svg).toMatch(/class="figure-caption"[\s\S]*?Source: Source not stated\./);
  });

  it('embeds the graph in <metadata> so the figure traces back to its data', () => {
    const graph = metadataGraph(svg);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...new Set(figure.nodes.map((n) => n.entity))].sort());
    expect(graph.edges.map((e) => e.id).sort()).toEqual(figure.edges.map((e) => e.relation).sort());
    expect(svg).toMatch(/<metadata><rdf:RDF [\s\S]*?<\/rdf:RDF><graph xmlns="urn:x-pathway-atlas:figure"/);
  });

  it('sizes the page for a journal column in mm and for a slide in px', () => {
    const column = writeSvg(figure, { size: SIZE_PRESETS['journal-85'] });
    expect(column).toMatch(/<svg [^>]*width="85mm" height="[\d.]+mm"/);
    const slide = writeSvg(figure, { size: SIZE_PRESETS['slide-16x9'] });
    expect(slide).toMatch(/<svg [^>]*width="1920" height="1080"/);
    const v = viewBox(slide);
    expect(v.w / v.h).toBeCloseTo(16 / 9, 2);
    expectInsideViewBox(slide, figure);
    const layout = layoutFigure(figure, { size: SIZE_PRESETS['journal-85'] });
    expect(rasterSize(SIZE_PRESETS['journal-85'], layout.viewBox, 2).width).toBe(2008);
  });

  it('draws the selection only when the figure holds only the selection', () => {
    const only = {
      ...figure,
      nodes: figure.nodes.filter((n) => n.id !== 'out2'),
      edges: figure.edges.filter((e) => e.target !== 'out2'),
    };
    const out = writeSvg(only);
    expect(out).not.toContain('data-entity="out2"');
    expect(out).not.toContain('data-relation="r5"');
  });
});

describe('mechanism frames in the SVG', () => {
  const SCRIPT = '<script>alert("x")</script> & more';
  const LONG = 'A mechanism whose title is far wider than the entities framed under it';
  const doc = smallDocument();
  for (const m of doc.mechanisms ?? []) {
    if (m.id === 'm-a') m.title = { en: SCRIPT, zh: '机制 <甲>' };
    if (m.id === 'm-b') m.title = { en: LONG, zh: '机制乙' };
  }
  const { kb } = loadKnowledgeBase(smallSources(doc));
  const figure = headlessFigure(kb, { therapies: ['a', 'b'] });
  const svg = writeSvg(figure);
  const frames = [...svg.matchAll(/<g id="frame-[^"]*" class="frame"[^>]*>([\s\S]*?)<\/g>/g)];
  const titleText = (g: string) =>
    [
      ...(g.match(/<text class="frame-title"[^>]*>([\s\S]*?)<\/text>/)?.[1] ?? '').matchAll(
        /<tspan [^>]*>([^<]*)<\/tspan>/g,
      ),
    ]
      .map((m) => m[1])
      .join(' ');

  it('writes one g.frame per mechanism, with its id, mechanism and category, behind the relations and entities', () => {
    expectSafe(svg);
    expect(figure.frames.map((f) => f.mechanism).sort()).toEqual(['m-a', 'm-b']);
    expect(frames).toHaveLength(2);
    expect(svg).toMatch(/<g id="frame-m-a" class="frame" data-mechanism="m-a" data-category="signalling">/);
    expect(svg).toMatch(/<g id="frame-m-b" class="frame" data-mechanism="m-b" data-category="microenvironment">/);
    expect(svg.indexOf('class="frame"')).toBeLessThan(svg.indexOf('<g id="relations"'));
    expect(svg.indexOf('<g id="relations"')).toBeLessThan(svg.indexOf('<g id="entities"'));
    for (const [g] of frames)
      expect(g).toMatch(/<rect [^>]*rx="[\d.]+"[^>]*fill="#[0-9A-F]{6}" stroke="#[0-9A-F]{6}"/i);
  });

  it('writes the titles as bold text, one tspan per line, escaped: a <script> title is text', () => {
    const byId = new Map(frames.map((m) => [m[0].match(/data-mechanism="([^"]+)"/)?.[1], m[0]]));
    const lines = (m: string) => figure.frames.find((f) => f.mechanism === m)?.lines ?? [];
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(lines('m-a').join(''))).toBe(squeeze(SCRIPT));
    expect(titleText(byId.get('m-a') ?? '')).toBe(
      lines('m-a')
        .map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))
        .join(' '),
    );
    expect(titleText(byId.get('m-b') ?? '')).toBe(lines('m-b').join(' '));
    expect(squeeze(lines('m-b').join(''))).toBe(squeeze(LONG));
    expect(byId.get('m-b')).toMatch(/<text class="frame-title"[^>]*font-weight="bold"/);
    // The long title is wrapped by the layout into several lines, each its own tspan.
    expect(figure.frames.find((f) => f.mechanism === 'm-b')?.lines.length).toBeGreaterThan(1);
    expect(svg).not.toMatch(/<script/);
    const parsed = parser.parse(svg);
    const group = parsed.svg.g.find((g: Record<string, string>) => g['@id'] === 'frames');
    const a = group.g.find((g: Record<string, string>) => g['@data-mechanism'] === 'm-a');
    const spans = [a.text].flat()[0].tspan;
    expect([spans].flat().map((t: { '#text': string }) => t['#text'])).toEqual(lines('m-a'));
  });

  it('names each frame’s category quietly, inside its frame and clear of its nodes', () => {
    for (const frame of figure.frames) {
      const g = frames.find((m) => m[0].includes(`data-mechanism="${frame.mechanism}"`))?.[0] ?? '';
      const text = g.match(
        /<text class="frame-category" [^>]*font-size="([\d.]+)"[^>]*><tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)</,
      );
      if (!text) continue; // a frame too narrow for its category names it in data-category only
      expect(text[4]).toBe(frame.categoryLabel);
      expect(Number(text[1])).toBeLessThan(frame.fontSize);
      const y = Number(text[3]);
      expect(y).toBeGreaterThan(frame.y1);
      expect(y).toBeLessThan(frame.y2);
      for (const n of figure.nodes)
        if (Math.abs(n.x - Number(text[2])) < n.w / 2) expect(Math.abs(n.y - y)).toBeGreaterThan(n.h / 2);
    }
    expect(svg).toContain('>Signalling pathways<');
  });

  it('has a viewBox that holds every frame and every title', () => {
    const v = viewBox(svg);
    for (const frame of figure.frames) {
      const cx = (frame.x1 + frame.x2) / 2;
      const half = (Math.max(...frame.lines.map((l) => estimateTextWidth(l, frame.fontSize))) * BOLD_WIDTH) / 2;
      const top = frame.titleBottom - frame.lines.length * frame.fontSize * FRAME_LOOK.titleLineHeight;
      expect(cx - half, frame.id).toBeGreaterThanOrEqual(v.x);
      expect(cx + half, frame.id).toBeLessThanOrEqual(v.x + v.w);
      expect(top, frame.id).toBeGreaterThanOrEqual(v.y);
      expect(frame.x1).toBeGreaterThanOrEqual(v.x);
      expect(frame.y2).toBeLessThanOrEqual(v.y + v.h);
    }
    // A title far off to the left still fits.
    const moved = {
      ...figure,
      frames: figure.frames.map((f) => (f.mechanism === 'm-b' ? { ...f, lines: [LONG, LONG], x1: f.x1 - 900 } : f)),
    };
    const wide = viewBox(writeSvg(moved));
    expect(wide.x).toBeLessThan(v.x - 400);
  });

  it('boxes each frame around its drawn nodes only and leaves out frames with none drawn', () => {
    const only = headlessFigure(kb, {
      therapies: ['a', 'b'],
      only: { entities: new Set(['hyp', 'h1']), relations: new Set(['r1']) },
    });
    expect(only.frames.map((f) => f.mechanism)).toEqual(['m-a']);
    const [frame] = only.frames;
    for (const n of only.nodes) {
      expect(n.x - n.w / 2).toBeGreaterThan(frame.x1);
      expect(n.x + n.w / 2).toBeLessThan(frame.x2);
      expect(n.y - n.h / 2).toBeGreaterThan(frame.y1);
      expect(n.y + n.h / 2).toBeLessThan(frame.y2);
    }
    const whole = figure.frames.find((f) => f.mechanism === 'm-a');
    expect(whole && frame.y2 - frame.y1 < whole.y2 - whole.y1).toBe(true);
  });

  it('mentions the mechanisms in the text alternative', () => {
    expect(svg).toMatch(/<desc>\d+ entities, \d+ relations\. Mechanisms: [^<]*A mechanism whose title/);
    expect(writeSvg(headlessFigure(kb, { therapies: ['a', 'b'], language: 'zh' }))).toMatch(
      /<desc>[^<]*机制: [^<]*机制乙/,
    );
  });
});

describe('geometry', () => {
  it('uses the stylesheet’s edge width and arrow scale for markers', () => {
    const edge = (stylesheet() as Array<{ selector: string; style: Record<string, unknown> }>).find(
      (s) => s.selector === 'edge',
    );
    expect(edge?.style.width).toBe(EDGE_WIDTH);
    expect(edge?.style['arrow-scale']).toBe(ARROW_SCALE);
  });

  it('clips lines at the outline of rectangles, ellipses and polygons', () => {
    expect(clipAtOutline({ shape: 'round-rectangle', x: 0, y: 0, w: 100, h: 40 }, { x: 0, y: 100 })).toEqual({
      x: 0,
      y: 20,
    });
    expect(clipAtOutline({ shape: 'ellipse', x: 0, y: 0, w: 100, h: 40 }, { x: 200, y: 0 })).toEqual({ x: 50, y: 0 });
    const rhomboid = clipAtOutline({ shape: 'rhomboid', x: 0, y: 0, w: 90, h: 30 }, { x: 0, y: -100 });
    expect(rhomboid.y).toBeCloseTo(-15);
  });

  it('fans parallel edges out to both sides and keeps a single edge straight', () => {
    const a = { shape: 'round-rectangle' as const, x: 0, y: 0, w: 60, h: 30 };
    const b = { shape: 'round-rectangle' as const, x: 0, y: 200, w: 60, h: 30 };
    expect(routeEdge(a, b).curve).toBe('straight');
    const left = routeEdge(a, b, 0, 2);
    const right = routeEdge(a, b, 1, 2);
    expect(left.curve).toBe('bezier');
    expect(Math.sign(left.points[1].x)).toBe(-Math.sign(right.points[1].x));
  });
});

describe('writeSvg on every therapy of the knowledge base', () => {
  const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
  for (const therapy of kb.therapies) {
    const relations = filterGraph(kb, { therapies: [therapy.id], withComponents: true }).relations;
    it.skipIf(relations.length === 0)(`${therapy.id}: complete, safe, inside its viewBox`, () => {
      for (const language of ['en', 'zh'] as const) {
        const figure = headlessFigure(kb, { therapies: [therapy.id], language });
        const svg = writeSvg(figure);
        expectSafe(svg);
        expectComplete(svg, figure);
        expectInsideViewBox(svg, figure);
        expect(new Set(figure.edges.map((e) => e.relation))).toEqual(new Set(relations.map((r) => r.id)));
        const inhibitions = figure.edges.filter((e) => e.sign === 'negative');
        for (const e of inhibitions)
          expect(svg).toMatch(
            new RegExp(
              `data-relation="${e.relation}"[^>]*><title>[^<]*</title><path [^>]*marker-end="url\\(#${markerId(e)}\\)"`,
            ),
          );
        expect(metadataGraph(svg).edges).toHaveLength(figure.edges.length);
      }
    });
  }
});
