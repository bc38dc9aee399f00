import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headlessFigure } from '../../src/cli/figure-layout';
import { findGraphFiles, findStoryFiles, readSources } from '../../src/cli/files';
import { markerId } from '../../src/export/svg-markers';
import { writeSvg } from '../../src/export/svg-writer';
import { writeUpSetSvg } from '../../src/export/upset-svg';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { loadStories } from '../../src/model/story';
import { storyOutline } from '../../src/model/story-outline';
import { storyStepState } from '../../src/model/story-state';
import { edgeLook, HIGHLIGHT } from '../../src/style/visual';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));
const { stories } = loadStories(readSources(findStoryFiles('graphs')), kb);

describe('story outline', () => {
  const story = stories.find((s) => s.id === 'tace-hypoxia-autophagy');
  it('lists every step with its caption and citation marks, then the references and the source', () => {
    if (!story) throw new Error('story missing');
    const text = storyOutline(story, kb, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe(story.title.en);
    for (let i = 1; i <= story.steps.length; i++) expect(text).toMatch(new RegExp(`^${i}\\. .+`, 'm'));
    expect(text).toMatch(/^\[3\] LIU X, HU X, KUANG Y, et al\./m);
    expect(text).toMatch(/^Source: NIU Yi/m);
    expect(storyOutline(story, kb, 'zh')).toMatch(/^参考文献$/m);
  });
});

describe('overlap chart SVG', () => {
  it('is well-formed, escapes labels and keeps one group per intersection', () => {
    const svg = writeUpSetSvg({
      title: 'Overlap <A & B>',
      caption: 'Source: "quoted"',
      countLabel: 'genes',
      therapies: [
        { id: 'a', label: 'A', colour: '#E69F00' },
        { id: 'b', label: 'B & co', colour: '#56B4E9' },
      ],
      intersections: [
        { key: 'a+b', therapies: ['a', 'b'], entities: [{ id: 'x', label: '<x>' }] },
        {
          key: 'a',
          therapies: ['a'],
          entities: [
            { id: 'y', label: 'y' },
            { id: 'z', label: 'z' },
          ],
        },
      ],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Overlap &lt;A &amp; B&gt;');
    expect(svg).toContain('id="set-a_b" class="intersection" data-therapies="a b" data-entities="x"');
    expect(svg).not.toContain('<x>');
    expect(svg).not.toMatch(/<script|href="http/);
  });
});

describe('story step figures', () => {
  const story = stories.find((s) => s.id === 'tace-hypoxia-autophagy');
  if (!story) throw new Error('story missing');
  const stepFigure = (index: number) => {
    const state = storyStepState(story, index, kb);
    return headlessFigure(kb, {
      therapies: ['tace'],
      only: { entities: state.entities, relations: state.relations },
      ...(index > 0 ? { emphasis: { entities: state.currentEntities, relations: state.currentRelations } } : {}),
    });
  };

  it('outlines what the step adds and draws earlier steps quieter, as the player does', () => {
    const index = 2;
    const state = storyStepState(story, index, kb);
    const figure = stepFigure(index);
    const svg = writeSvg(figure);
    expect(XMLValidator.validate(svg)).toBe(true);
    const current = figure.nodes.filter((n) => n.emphasis === 'current').map((n) => n.entity);
    const earlier = figure.nodes.filter((n) => n.emphasis === 'earlier').map((n) => n.entity);
    expect(new Set(current)).toEqual(new Set([...state.currentEntities].filter((e) => state.entities.has(e))));
    expect(earlier.length).toBeGreaterThan(0);
    for (const e of earlier) expect(state.currentEntities.has(e)).toBe(false);
    // Current nodes: highlight border and halo; earlier ones: half opacity; current relations in blue with blue ends.
    for (const id of current) {
      const group = svg.match(new RegExp(`<g[^>]*data-entity="${id}"[^>]*>.*?</g>`, 's'))?.[0] ?? '';
      expect(group).toContain('data-emphasis="current"');
      expect(group).toContain(`stroke="${HIGHLIGHT}"`);
      expect(group).toContain('fill-opacity="0.18"');
    }
    for (const id of earlier) {
      const tag = svg.match(new RegExp(`<g[^>]*data-entity="${id}"[^>]*>`))?.[0] ?? '';
      expect(tag).toContain('opacity="0.5"');
    }
    const currentEdges = figure.edges.filter((e) => e.emphasis === 'current');
    expect(currentEdges.length).toBe(state.currentRelations.size);
    for (const e of currentEdges) {
      const group = svg.match(new RegExp(`<g[^>]*data-relation="${e.relation}"[^>]*>.*?</g>`, 's'))?.[0] ?? '';
      expect(group).toContain(`stroke="${HIGHLIGHT}"`);
      if (edgeLook(e).end !== 'none') {
        expect(group).toContain(`marker-end="url(#${markerId(e, true)})"`);
        expect(svg).toContain(`<marker id="${markerId(e, true)}"`);
      }
    }
    // The legend says what the outline and the quieter drawing mean.
    expect(svg).toContain('Story step');
    expect(svg).toContain('Added in this step');
    expect(svg).toContain('From earlier steps');
  });

  it('draws the first step plainly: nothing came before it', () => {
    const svg = writeSvg(stepFigure(0));
    expect(svg).not.toContain('data-emphasis');
    expect(svg).not.toContain('-current"');
    expect(svg).not.toContain('Story step');
  });
});
