/**
 * Correlation never looks like causation, in the exported SVG of the real knowledge base:
 * every relation of type `associated` is a dashed path ending by its sign (an open
 * arrowhead, an open T-bar, or nothing), no other relation is dashed, hedged relations
 * are drawn lighter and say so, and every edge carries its sentence as a tooltip.
 *
 * Nothing here names a curated relation: what is expected is read from the knowledge
 * base at test time, so the curation can change under the test.
 */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headlessFigure, printFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { SIZE_PRESETS, writeSvg } from '../../src/export/svg-writer';
import { STRINGS } from '../../src/i18n/strings';
import { escapeXml } from '../../src/io/xml';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import type { Relation } from '../../src/model/schema';
import { citationMarks, relationSentence } from '../../src/model/text';
import { type Language, UNCITED_NOTE } from '../../src/model/vocabulary';
import { EDGE_WIDTHS } from '../../src/style/visual';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const allTherapies = kb.therapies.map((t) => t.id);

interface DrawnEdge {
  relation: string;
  classes: string[];
  certainty: string | undefined;
  title: string;
  path: string;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

/** Every relation's `<g>` in an SVG: its classes, tooltip and path. */
function drawnEdges(svg: string): DrawnEdge[] {
  const groups = svg.match(/<g id="edge-[^"]*"[^>]*>.*?<\/g>/gs) ?? [];
  return groups.map((g) => {
    const open = g.match(/^<g [^>]*>/)?.[0] ?? '';
    return {
      relation: attr(open, 'data-relation') ?? '',
      classes: (attr(open, 'class') ?? '').split(' '),
      certainty: attr(open, 'data-certainty'),
      title: g.match(/<title>([^<]*)<\/title>/)?.[1] ?? '',
      path: g.match(/<path [^>]*>/)?.[0] ?? '',
    };
  });
}

/** The `<marker>` an edge's path ends in, or null. */
function endMarker(svg: string, path: string): string | null {
  const id = path.match(/marker-end="url\(#([^)]+)\)"/)?.[1];
  if (!id) return null;
  return svg.match(new RegExp(`<marker id="${id}"[^>]*>.*?</marker>`, 's'))?.[0] ?? '';
}

/** The path of some causal (solid) edge of a sign, drawn in the same SVG ('' if none). */
function causalPath(svg: string, sign: 'positive' | 'negative'): string {
  const g = svg.match(
    new RegExp(`<g id="edge-[^"]*" class="edge sign-${sign} line-solid certainty-stated[^>]*>.*?</g>`, 's'),
  );
  return g?.[0].match(/<path [^>]*>/)?.[0] ?? '';
}

/** What every associated relation must look like, from its own sign (not from the drawing code). */
function expectCorrelation(svg: string, edge: DrawnEdge, r: Relation) {
  expect(edge.classes, r.id).toContain('line-dashed');
  expect(edge.path, r.id).toMatch(/ stroke-dasharray="\d+(?:\.\d+)? \d+(?:\.\d+)?"/);
  const marker = endMarker(svg, edge.path);
  if (r.sign === 'positive') {
    expect(marker, `${r.id}: an open arrowhead`).toMatch(/class="marker marker-triangle marker-hollow"/);
    expect(marker, r.id).toMatch(/<polygon [^>]*fill="#FFFFFF"[^>]*stroke="#[0-9A-F]{6}"/i);
  } else if (r.sign === 'negative') {
    expect(marker, `${r.id}: a T-bar`).toMatch(/class="marker marker-tee"/);
    // In the correlation's grey, not the causal T-bar's ink.
    expect(marker, r.id).not.toBe(endMarker(svg, causalPath(svg, 'negative')));
  } else if (r.sign === undefined || r.sign === 'association') {
    expect(marker, `${r.id}: no end`).toBeNull();
  } else {
    // A correlation stated as neutral: an open diamond, still dashed.
    expect(marker, r.id).toMatch(/marker-diamond/);
  }
}

function tooltip(r: Relation, language: Language): string {
  const cites =
    r.citation === 'uncited' || r.references.length === 0 ? UNCITED_NOTE[language] : citationMarks(r.references);
  const hedge = r.certainty === 'suggested' ? ` ${STRINGS[language].suggestedMark}` : '';
  return escapeXml(`${relationSentence(kb, r, language)} ${cites}${hedge}`);
}

function checkFigure(svg: string, language: Language) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const edges = drawnEdges(svg);
  expect(edges.length).toBeGreaterThan(0);
  let correlations = 0;
  for (const edge of edges) {
    const r = kb.relationById.get(edge.relation);
    expect(r, edge.relation).toBeDefined();
    if (!r) continue;
    expect(edge.classes).toContain(`type-${r.type}`);
    if (r.type === 'associated') {
      correlations++;
      expectCorrelation(svg, edge, r);
    } else {
      expect(edge.classes, r.id).toContain('line-solid');
      expect(edge.path, `${r.id} is causal and must not be dashed`).not.toContain('stroke-dasharray');
      const marker = endMarker(svg, edge.path);
      if (marker) expect(marker, r.id).not.toMatch(/marker-triangle marker-hollow/);
    }
    // Hedged statements: marked, thinner, and said so in the tooltip.
    expect(edge.certainty, r.id).toBe(r.certainty);
    expect(edge.classes, r.id).toContain(`certainty-${r.certainty}`);
    expect(Number(attr(edge.path, 'stroke-width')), r.id).toBe(EDGE_WIDTHS[r.certainty]);
    expect(edge.title, r.id).toBe(tooltip(r, language));
  }
  const associated = kb.relations.filter((r) => r.type === 'associated' && edges.some((e) => e.relation === r.id));
  expect(correlations).toBe(associated.length);
  return { edges, correlations };
}

describe('associated relations in the exported SVG of the whole knowledge base', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`(${language}) are dashed and end by their sign; nothing else is dashed; tooltips say what each edge claims`, {
      timeout: 30_000,
    }, () => {
      const figure = headlessFigure(kb, { therapies: allTherapies, language });
      const svg = writeSvg(figure);
      expect(figure.edges.length).toBe(kb.relations.length);
      const { correlations } = checkFigure(svg, language);
      const legend = svg.match(/<g class="legend-relation-types">.*?<\/g>/s)?.[0] ?? '';
      const t = STRINGS[language];
      const has = (pred: (r: Relation) => boolean) => kb.relations.some(pred);
      if (has((r) => r.type === 'associated' && r.sign === 'positive'))
        expect(legend).toContain(escapeXml(t.associatedPositive));
      if (has((r) => r.type === 'associated' && r.sign === 'negative'))
        expect(legend).toContain(escapeXml(t.associatedNegative));
      if (has((r) => r.type === 'associated' && (r.sign === undefined || r.sign === 'association')))
        expect(legend).toContain(escapeXml(t.association));
      if (has((r) => r.certainty === 'suggested')) expect(legend).toContain(escapeXml(t.legendSuggested));
      else expect(legend).not.toContain(escapeXml(t.legendSuggested));
      // The legend's samples are drawn as the edges are: a dashed one for each correlation entry.
      if (correlations > 0) expect(legend).toMatch(/stroke-dasharray/);
    });
  }

  it('holds in a printed (CLI, journal-size) figure of each therapy with correlations too', () => {
    const therapies = kb.therapies.filter((t) =>
      kb.relations.some((r) => r.type === 'associated' && r.therapies.includes(t.id)),
    );
    // One is enough to check the print path, which reroutes edges; the largest shows the most.
    const count = (id: string) => kb.relations.filter((r) => r.therapies.includes(id)).length;
    const therapy = [...therapies].sort((a, b) => count(b.id) - count(a.id))[0];
    if (!therapy) return;
    const print = printFigure(kb, { therapies: [therapy.id], size: SIZE_PRESETS['journal-180'] });
    checkFigure(writeSvg(print.figure, print.svg), 'en');
  }, 60_000);
});
