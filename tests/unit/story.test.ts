import { describe, expect, it } from 'vitest';
import { findGraphFiles, findStoryFiles, readSources } from '../../src/cli/files';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { formatProblem } from '../../src/model/problems';
import { loadStories, storyStepState } from '../../src/model/story';
import { readPermalink, writePermalink } from '../../src/store/permalink';
import { createAppStore } from '../../src/store/store';
import { smallDocument, smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;
const caption = { en: 'Caption', zh: '说明' };
const story = {
  id: 'demo',
  title: { en: 'Demo', zh: '示例' },
  therapies: ['a'],
  steps: [
    { caption, reveal: { entities: ['hyp'] }, references: [1] },
    { caption, reveal: { relations: ['r1'] }, references: [1] },
    { caption, reveal: { relations: ['r2', 'r3'] }, highlight: { entities: ['hyp'] }, references: [1] },
  ],
};
const load = (value: unknown, file = 'graphs/stories/demo.json') =>
  loadStories([{ file, text: JSON.stringify(value, null, 2) }], kb);

describe('story validation', () => {
  it('accepts a valid story', () => {
    const { stories, problems } = load(story);
    expect(problems).toEqual([]);
    expect(stories[0].steps).toHaveLength(3);
  });
  it('names the file and path of an unknown entity, relation, therapy or reference', () => {
    const bad = structuredClone(story);
    bad.steps[1].reveal = { relations: ['r99'] };
    bad.steps[0].reveal = { entities: ['nowhere'] };
    bad.steps[0].references = [42];
    bad.therapies = ['zz'];
    const lines = load(bad).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/^graphs\/stories\/demo\.json:\d+:\d+: error: \$\.therapies\[0\]: unknown therapy "zz"/),
      expect.stringMatching(/\$\.steps\[0\]\.reveal\.entities\[0\]: unknown entity "nowhere"$/),
      expect.stringMatching(/\$\.steps\[0\]\.references\[0\]: reference \[42\] is not in the reference list$/),
      expect.stringMatching(/\$\.steps\[1\]\.reveal\.relations\[0\]: unknown relation "r99"$/),
    ]);
  });
  it('rejects a step that cites nothing without saying "citation": "uncited", and one that says both', () => {
    const silent = structuredClone(story);
    silent.steps[1].references = [];
    expect(load(silent).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/\$\.steps\[1\]\.references: cite at least one reference number .* "citation": "uncited"/),
    ]);
    const both = { ...story, steps: [{ ...story.steps[1], citation: 'uncited' }] };
    expect(load(both).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /\$\.steps\[0\]\.citation: "citation": "uncited" says the review cites nothing here, but "references" lists 1/,
      ),
    ]);
  });
  it('rejects a step citing a number that none of the relations it shows cites', () => {
    const doc = smallDocument();
    const r1 = doc.relations?.find((r) => r.id === 'r1');
    if (r1) Object.assign(r1, { references: [], citation: 'uncited' });
    const uncitedKb = loadKnowledgeBase(smallSources(doc)).kb;
    const problems = loadStories(
      [{ file: 'graphs/stories/demo.json', text: JSON.stringify(story) }],
      uncitedKb,
    ).problems;
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^\$\.steps\[1\]\.references\[0\]: the step cites \[1\], which none of the relations it shows cites \(they are all uncited\)/,
      ),
    ]);
    const marked = { ...story, steps: [story.steps[0], { ...story.steps[1], references: [], citation: 'uncited' }] };
    expect(loadStories([{ file: 'd.json', text: JSON.stringify(marked) }], uncitedKb).problems).toEqual([]);
    // Marked uncited while what it reveals cites [1]: the step would hide its source.
    const hiding = { ...story, steps: [{ ...story.steps[2], references: [], citation: 'uncited' }] };
    expect(load(hiding).problems.map((p) => p.message)).toEqual([
      'the step is marked uncited, but the relations it reveals cite 1',
    ]);
  });
  it('rejects an empty step, a story without steps and malformed JSON', () => {
    expect(load({ ...story, steps: [{ caption, reveal: {}, references: [1] }] }).problems[0].message).toMatch(
      /must reveal or highlight/,
    );
    expect(load({ ...story, steps: [] }).problems[0].message).toMatch(/at least one step/);
    expect(loadStories([{ file: 's.json', text: '{"id": ' }], kb).problems[0]).toMatchObject({ line: 1, path: '$' });
  });
});

describe('step state', () => {
  const s = load(story).stories[0];
  it('accumulates what earlier steps revealed and marks the current step', () => {
    const one = storyStepState(s, 0, kb);
    expect([...one.entities]).toEqual(['hyp']);
    const three = storyStepState(s, 2, kb);
    expect([...three.entities].sort()).toEqual(['h1', 'hyp', 'out', 's1']);
    expect([...three.relations].sort()).toEqual(['r1', 'r2', 'r3']);
    expect([...three.currentRelations].sort()).toEqual(['r2', 'r3']);
    expect([...three.currentEntities].sort()).toEqual(['h1', 'hyp', 'out', 's1']);
  });
  it('clamps the step index', () => {
    expect(storyStepState(s, 99, kb).relations.size).toBe(3);
    expect(storyStepState(s, -1, kb).entities.size).toBe(1);
  });
  it('steps forward and back in the store, within bounds', () => {
    const store = createAppStore();
    store.getState().openStory('demo');
    store.getState().stepStory(1, 3);
    store.getState().stepStory(5, 3);
    expect(store.getState().story).toEqual({ id: 'demo', step: 2 });
    store.getState().stepStory(-9, 3);
    expect(store.getState().story).toEqual({ id: 'demo', step: 0 });
  });
  it('gives each step its own link', () => {
    const store = createAppStore();
    store.getState().openStory('demo', 2);
    const link = writePermalink(store.getState());
    expect(link).toBe('?story=demo&step=3');
    const read = readPermalink(link, kb, new Map([['demo', 3]]));
    expect(read.state.story).toEqual({ id: 'demo', step: 2 });
    expect(readPermalink('?story=demo&step=7', kb, new Map([['demo', 3]])).notices[0].en).toMatch(/step="7"/);
    expect(readPermalink('?story=nope', kb, new Map([['demo', 3]])).notices[0].en).toMatch(/story="nope"/);
  });
});

describe('the bundled stories', () => {
  const real = loadKnowledgeBase(readSources(findGraphFiles('graphs'))).kb;
  const { stories, problems } = loadStories(readSources(findStoryFiles('graphs')), real);
  it('validate, and include the TACE hypoxia and autophagy story', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(stories.map((s) => s.id)).toContain('tace-hypoxia-autophagy');
  });
  it('each step connects to what was shown before', () => {
    for (const story of stories) {
      story.steps.forEach((step, i) => {
        if (i === 0 || step.reveal.relations.length === 0) return;
        const before = storyStepState(story, i - 1, real).entities;
        const touches = step.reveal.relations.some((id) => {
          const r = real.relationById.get(id);
          return r && (before.has(r.source) || before.has(r.target));
        });
        expect(touches, `${story.id} step ${i + 1}`).toBe(true);
      });
    }
  });
});
