import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { findGraphFiles, findStoryFiles, readSources } from '../../src/cli/files';
import { writeUpSetSvg } from '../../src/export/upset-svg';
import { loadKnowledgeBase } from '../../src/model/knowledge-base';
import { loadStories } from '../../src/model/story';
import { storyOutline } from '../../src/model/story-outline';

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
