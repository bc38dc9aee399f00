import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { countErrors, formatProblem } from '../../src/model/problems';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

const errors = (text: string, file = 'graphs/x.json') =>
  loadKnowledgeBase([{ file, text }]).problems.filter((p) => p.severity === 'error');

describe('loadKnowledgeBase', () => {
  it('loads the small fixture without errors', () => {
    const { kb, problems } = loadKnowledgeBase(smallSources());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(kb.entities).toHaveLength(8);
    expect(kb.relations).toHaveLength(7);
  });

  it('reports malformed JSON with line and column', () => {
    const problems = errors('{\n  "entities": [\n    { "id": "a", }\n  ]\n}');
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem.line).toBe(3);
    expect(problem.column).toBe(18);
    expect(problem.message).toMatch(/malformed JSON: a property name in double quotes was expected/);
  });

  it('reports every problem, each with file, JSON path and a sentence', () => {
    const doc = smallDocument();
    doc.relations?.push(
      relation('r8', 'h1', 'nowhere', ['a']),
      relation('r9', 'stat3', 'h1', ['zz']),
      { ...relation('r10', 'h1', 'out', ['a']), references: [99] },
      relation('r1', 'h1', 'out', ['a']),
    );
    doc.entities?.push({ id: 'bad', type: 'protein' as never, label: { en: 'x' } });
    const problems = loadKnowledgeBase(smallSources(doc)).problems.filter((p) => p.severity === 'error');
    const lines = problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(/^graphs\/small\.json:\d+:\d+: error: \$\.entities\[8\]\.type: /),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('$.relations[7].target: target "nowhere" is not a known entity'),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/relations\[8\]\.source: source "stat3" is not a known entity; did you mean "s1"\?/),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('$.relations[8].therapies[0]: unknown therapy "zz"; known: a, b, ab'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining(
        '$.relations[9].references[0]: reference [99] is not in the reference list (references run from 1 to 1)',
      ),
    );
    expect(lines).toContainEqual(
      expect.stringContaining(
        '$.relations[10]: duplicate relation id "r1": already defined in graphs/small.json at $.relations[0]',
      ),
    );
    expect(problems).toHaveLength(6);
  });

  it('keeps valid records when a sibling record is invalid', () => {
    const doc = smallDocument();
    doc.entities?.splice(1, 0, { id: 'Broken', type: 'cell', label: { en: 'x' } });
    const { kb, problems } = loadKnowledgeBase(smallSources(doc));
    expect(countErrors(problems)).toBe(1);
    expect(problems[0].path).toBe('$.entities[1].id');
    expect(kb.entityById.has('h1')).toBe(true);
    expect(kb.relations).toHaveLength(7);
  });

  it('rejects unknown sections and non-object files', () => {
    expect(errors('{"nodes": []}')[0].message).toMatch(/unknown section; allowed: .*entities.*relations/);
    expect(errors('[1, 2]')[0].message).toMatch(/one JSON object/);
  });

  it('finds duplicates across files and names both places', () => {
    const doc = smallDocument();
    const problems = loadKnowledgeBase([
      ...smallSources(doc),
      {
        file: 'graphs/more.json',
        text: JSON.stringify({ entities: [{ id: 'h1', type: 'cell', label: { en: 'x' } }] }),
      },
    ]).problems;
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringContaining(
        'graphs/more.json:1:14: error: $.entities[0]: duplicate entity id "h1": already defined in graphs/small.json',
      ),
    );
  });

  it('refuses two entities with one symbol, and a sign that contradicts the type', () => {
    const doc = smallDocument();
    doc.entities?.push({ id: 'hif-dup', type: 'gene', symbol: 'HIF1A', label: { en: 'x' } });
    doc.relations?.push({ ...relation('r8', 'hif-dup', 'out', ['a']), sign: 'negative' });
    const messages = loadKnowledgeBase(smallSources(doc)).problems.map((p) => p.message);
    expect(messages).toContain('symbol HIF1A is already used by entity "h1"; an entity is shared, not repeated');
    expect(messages).toContain(
      '"activates" is always positive; "sign" may only be set on neutral or associated relations',
    );
  });

  it('refuses "sign": "association" on anything but an associated relation, since only those are drawn dashed', () => {
    const doc = smallDocument();
    doc.relations?.push({ ...relation('r8', 'h1', 'out', ['a']), type: 'binds', sign: 'association' });
    doc.relations?.push({ ...relation('r9', 's1', 'hyp', ['a']), type: 'associated', sign: 'negative' });
    const problems = loadKnowledgeBase(smallSources(doc)).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /\$\.relations\[7\]\.sign: "sign": "association" says correlation, which only an "associated" relation is; use "type": "associated", or drop the sign of this "binds" relation$/,
      ),
    ]);
  });

  it('checks a relation therapy belongs to its mechanism', () => {
    const doc = smallDocument();
    doc.relations?.push({ ...relation('r8', 'h1', 'out', ['b']), mechanism: 'm-a' });
    const messages = loadKnowledgeBase(smallSources(doc)).problems.map((p) => p.message);
    expect(messages).toContain('therapy "b" is not among the therapies of mechanism "m-a" (a)');
  });

  it('takes the atlas from exactly one file, with a neutral default when none', () => {
    expect(loadKnowledgeBase(smallSources()).kb.atlas.filePrefix).toBe('atlas');
    const atlas = { title: { en: 'T', zh: '题' }, citation: { en: 'C', zh: '引' }, filePrefix: 'demo' };
    const { kb, problems } = loadKnowledgeBase([
      ...smallSources(),
      { file: 'graphs/atlas.json', text: JSON.stringify({ atlas }) },
      { file: 'graphs/other.json', text: JSON.stringify({ atlas: { ...atlas, filePrefix: 'Bad Prefix' } }) },
    ]);
    expect(kb.atlas.filePrefix).toBe('demo');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^graphs\/other\.json:1:\d+: error: \$\.atlas\.filePrefix: must be lower-case/),
    ]);
  });

  it('treats text as text: a label with markup is kept verbatim', () => {
    const doc = smallDocument();
    doc.entities?.push({ id: 'x', type: 'cell', label: { en: '<script>alert(1)</script>' } });
    doc.relations?.push(relation('r8', 'x', 'out', ['a']));
    const { kb } = loadKnowledgeBase(smallSources(doc));
    expect(kb.entityById.get('x')?.label.en).toBe('<script>alert(1)</script>');
  });
});
