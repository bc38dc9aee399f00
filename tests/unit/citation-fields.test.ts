/**
 * Uncited relations and story steps, the certainty of a statement and a curator's caution:
 * how the schema takes them, how they read (details, table, story outline) and how the
 * interchange formats carry them. Fixtures only: the curated graphs/ are not assumed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readCyjs, writeCyjs } from '../../src/io/cyjs';
import { recordsToDocument } from '../../src/io/from-records';
import { writeGraphml } from '../../src/io/graphml';
import { toRecords } from '../../src/io/records';
import { writeSif } from '../../src/io/sif';
import { citationSuffix, citationText, isUncited, mechanismCitation } from '../../src/model/citation';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { formatProblem } from '../../src/model/problems';
import { filterGraph } from '../../src/model/query';
import { relationRows, relationRowsTsv } from '../../src/model/relation-rows';
import { RelationSchema } from '../../src/model/schema';
import { type Story, StoryStepSchema } from '../../src/model/story';
import { storyOutline } from '../../src/model/story-outline';
import { UNCITED_NOTE } from '../../src/model/vocabulary';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

const CAUTION = {
  en: 'The cited paper reports this in gastric cancer, not HCC.',
  zh: '所引文献报道的是胃癌，而非肝癌。',
};

/** The small fixture with r3 uncited, r4 and r6 suggested, r2 with a caution. */
function curatedDocument() {
  const doc = smallDocument();
  doc.relations = (doc.relations ?? []).map((r) => {
    if (r.id === 'r3') return { ...r, references: [], citation: 'uncited' as const };
    if (r.id === 'r4' || r.id === 'r6') return { ...r, certainty: 'suggested' as const };
    if (r.id === 'r2') return { ...r, caution: CAUTION };
    return r;
  });
  return doc;
}

function curatedKb() {
  const { kb, problems } = loadKnowledgeBase(smallSources(curatedDocument()));
  expect(problems.map(formatProblem)).toEqual([]);
  return kb;
}

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('schema: citation, certainty, caution', () => {
  it('rejects a relation with no references and no citation, at "references"', () => {
    const result = RelationSchema.safeParse({ ...relation('r', 'a', 'b', ['t']), references: [] });
    expect(result.success).toBe(false);
    expect(issues(result)).toEqual([
      'references: cite at least one reference number the review prints for this sentence, or mark it "citation": "uncited" when the review cites none',
    ]);
  });

  it('treats a missing references list like an empty one', () => {
    const { references: _, ...record } = relation('r', 'a', 'b', ['t']);
    expect(issues(RelationSchema.safeParse(record))).toEqual([expect.stringMatching(/^references: cite at least one/)]);
  });

  it('accepts "citation": "uncited" with no references', () => {
    const result = RelationSchema.safeParse({ ...relation('r', 'a', 'b', ['t']), references: [], citation: 'uncited' });
    expect(issues(result)).toEqual([]);
    expect(result.data?.citation).toBe('uncited');
    expect(result.data?.references).toEqual([]);
  });

  it('rejects "uncited" together with references, at "citation", naming them', () => {
    const result = RelationSchema.safeParse({
      ...relation('r', 'a', 'b', ['t']),
      references: [3, 5],
      citation: 'uncited',
    });
    expect(issues(result)).toEqual([
      'citation: "citation": "uncited" says the review cites nothing here, but "references" lists 3, 5; keep one of the two',
    ]);
  });

  it('rejects an unknown citation state', () => {
    const result = RelationSchema.safeParse({ ...relation('r', 'a', 'b', ['t']), citation: 'missing' });
    expect(issues(result)).toEqual([expect.stringMatching(/^citation: /)]);
  });

  it('defaults certainty to "stated", accepts "suggested" and rejects anything else', () => {
    expect(RelationSchema.parse(relation('r', 'a', 'b', ['t'])).certainty).toBe('stated');
    expect(RelationSchema.parse({ ...relation('r', 'a', 'b', ['t']), certainty: 'suggested' }).certainty).toBe(
      'suggested',
    );
    const bad = RelationSchema.safeParse({ ...relation('r', 'a', 'b', ['t']), certainty: 'maybe' });
    expect(issues(bad)).toEqual([expect.stringMatching(/^certainty: /)]);
  });

  it('accepts a caution in both languages and rejects one without Chinese', () => {
    expect(RelationSchema.parse({ ...relation('r', 'a', 'b', ['t']), caution: CAUTION }).caution).toEqual(CAUTION);
    const half = RelationSchema.safeParse({ ...relation('r', 'a', 'b', ['t']), caution: { en: 'x' } });
    expect(issues(half)).toEqual([expect.stringMatching(/^caution\.zh: /)]);
  });

  it('holds story steps to the same rule', () => {
    const step = { caption: { en: 'c', zh: '说明' }, reveal: {} };
    expect(issues(StoryStepSchema.safeParse(step))).toEqual([expect.stringMatching(/^references: cite at least one/)]);
    expect(issues(StoryStepSchema.safeParse({ ...step, citation: 'uncited' }))).toEqual([]);
    expect(issues(StoryStepSchema.safeParse({ ...step, references: [1], citation: 'uncited' }))).toEqual([
      expect.stringMatching(/^citation: "citation": "uncited" says/),
    ]);
  });
});

describe('loader', () => {
  it('loads uncited, suggested and cautioned relations without problems', () => {
    const kb = curatedKb();
    expect(kb.relationById.get('r3')).toMatchObject({ references: [], citation: 'uncited', certainty: 'stated' });
    expect(kb.relationById.get('r4')?.certainty).toBe('suggested');
    expect(kb.relationById.get('r2')?.caution).toEqual(CAUTION);
  });

  it('reports an empty references list with the file, the JSON path and what to do', () => {
    const doc = smallDocument();
    doc.relations?.push({ ...relation('r8', 'h1', 'out', ['a']), references: [] });
    const lines = loadKnowledgeBase(smallSources(doc)).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^graphs\/small\.json:\d+:\d+: error: \$\.relations\[7\]\.references: cite at least one reference number .* or mark it "citation": "uncited"/,
      ),
    ]);
  });
});

describe('citation text', () => {
  it('prints the marks, or the uncited note where the review cites nothing', () => {
    expect(isUncited({ references: [3] })).toBe(false);
    expect(isUncited({ references: [], citation: 'uncited' })).toBe(true);
    expect(isUncited({ references: [] })).toBe(true);
    expect(citationText({ references: [3, 4, 5] }, 'en')).toBe('[3-5]');
    expect(citationText({ references: [], citation: 'uncited' }, 'en')).toBe(UNCITED_NOTE.en);
    expect(citationText({ references: [], citation: 'uncited' }, 'zh')).toBe(UNCITED_NOTE.zh);
    expect(citationSuffix({ references: [8, 12] }, 'zh')).toBe(' [8, 12]');
    expect(citationSuffix({ references: [], citation: 'uncited' }, 'en')).toBe(
      ' (The review cites no source for this statement.)',
    );
    expect(citationSuffix({ references: [], citation: 'uncited' }, 'zh')).toBe(`（${UNCITED_NOTE.zh}）`);
  });

  it('a mechanism cites only what its summary and relations cite', () => {
    const uncited = { references: [], citation: 'uncited' as const };
    const all = mechanismCitation({ id: 'm' }, [
      { mechanism: 'm', ...uncited },
      { mechanism: 'm', ...uncited },
      { mechanism: 'other', references: [4] },
    ]);
    expect(all).toEqual({ references: [], uncited: 2, total: 2, allUncited: true });
    const some = mechanismCitation({ id: 'm', references: [9] }, [
      { mechanism: 'm', ...uncited },
      { mechanism: 'm', references: [2, 1] },
    ]);
    expect(some).toEqual({ references: [1, 2, 9], uncited: 1, total: 2, allUncited: false });
    // The summary's own references count: the mechanism cites something even if no relation does.
    expect(mechanismCitation({ id: 'm', references: [9] }, [{ mechanism: 'm', ...uncited }]).allUncited).toBe(false);
  });
});

describe('relations table rows', () => {
  const kb = curatedKb();
  const graph = filterGraph(kb, { therapies: [] });

  it('reads the uncited note, the certainty and the caution in the language asked for', () => {
    const en = new Map(relationRows(kb, graph.relations, 'en').map((row) => [row.relation.id, row.cells]));
    expect(en.get('r3')?.references).toBe(UNCITED_NOTE.en);
    expect(en.get('r1')?.references).toBe('[1]');
    expect(en.get('r4')?.certainty).toBe('suggested');
    expect(en.get('r1')?.certainty).toBe('stated');
    expect(en.get('r2')?.caution).toBe(CAUTION.en);
    expect(en.get('r1')?.caution).toBe('');
    const zh = new Map(relationRows(kb, graph.relations, 'zh').map((row) => [row.relation.id, row.cells]));
    expect(zh.get('r3')?.references).toBe(UNCITED_NOTE.zh);
    expect(zh.get('r4')?.certainty).toBe('提示性');
    expect(zh.get('r2')?.caution).toBe(CAUTION.zh);
  });

  it('copies as tab-separated text with certainty and caution columns, never an empty "[]"', () => {
    const headers = {
      source: 'Source',
      relation: 'Relation',
      target: 'Target',
      therapy: 'Therapy',
      references: 'References',
      mechanism: 'Mechanism',
      certainty: 'Statement',
      caution: "Curator's caution",
    };
    const rows = relationRows(kb, graph.relations, 'en');
    const lines = relationRowsTsv(rows, headers).split('\n');
    expect(lines[0]).toBe("Source\tRelation\tTarget\tTherapy\tReferences\tMechanism\tStatement\tCurator's caution");
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(8);
    expect(lines).toContain(`STAT3\tactivates\tResistance\tA\t${UNCITED_NOTE.en}\tM A\tstated\t`);
    expect(lines).toContain(`HIF-1α\tactivates\tSTAT3\tA\t[1]\tM A\tstated\t${CAUTION.en}`);
    expect(lines.join('\n')).not.toContain('[]');
    // A cell never breaks the table.
    const tricky = rows.map((row) =>
      row.relation.id === 'r2' ? { ...row, cells: { ...row.cells, caution: 'a\tb\nc' } } : row,
    );
    expect(relationRowsTsv(tricky, headers)).toContain('\ta b c');
  });
});

describe('story outline', () => {
  it('says where a step is uncited instead of printing no marks', () => {
    const kb = curatedKb();
    const story: Story = {
      id: 's',
      title: { en: 'Story', zh: '故事' },
      therapies: ['a'],
      mechanisms: [],
      steps: [
        { caption: { en: 'First.', zh: '第一步。' }, reveal: { entities: [], relations: ['r1'] }, references: [1] },
        {
          caption: { en: 'Second.', zh: '第二步。' },
          reveal: { entities: [], relations: ['r3'] },
          references: [],
          citation: 'uncited',
        },
      ],
    };
    const en = storyOutline(story, kb, 'en');
    expect(en).toMatch(/^1\. First\. \[1\]$/m);
    expect(en).toMatch(/^2\. Second\. \(The review cites no source for this statement\.\)$/m);
    const zh = storyOutline(story, kb, 'zh');
    expect(zh).toContain(`2. 第二步。（${UNCITED_NOTE.zh}）`);
  });
});

describe('exports carry citation, certainty and caution', () => {
  const kb = curatedKb();
  const graph = filterGraph(kb, { therapies: [] });
  const records = toRecords(kb, graph);
  const edge = (id: string) => records.edges.find((e) => e.id === id);

  it('edge records: citation "uncited" with the note, certainty always, caution in both languages', () => {
    expect(edge('r3')).toMatchObject({
      references: [],
      citation: 'uncited',
      citation_note: UNCITED_NOTE.en,
      citation_note_zh: UNCITED_NOTE.zh,
      certainty: 'stated',
    });
    expect(edge('r1')).not.toHaveProperty('citation');
    expect(edge('r1')).not.toHaveProperty('citation_note');
    expect(edge('r4')?.certainty).toBe('suggested');
    expect(edge('r2')).toMatchObject({ caution_en: CAUTION.en, caution_zh: CAUTION.zh });
    expect(edge('r1')).not.toHaveProperty('caution_en');
  });

  it('cyjs: the fields are in edge data, and a re-import gives back the same relations', () => {
    const text = writeCyjs(records, { name: 'all' });
    const data = (id: string) =>
      JSON.parse(text).elements.edges.find((e: { data: { id: string } }) => e.data.id === id).data;
    expect(data('r3')).toMatchObject({ citation: 'uncited', citation_note: UNCITED_NOTE.en, certainty: 'stated' });
    expect(data('r4')).toMatchObject({ certainty: 'suggested' });
    expect(data('r2')).toMatchObject({ caution_en: CAUTION.en, caution_zh: CAUTION.zh });
    const read = readCyjs(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const doc = recordsToDocument(read.nodes, read.edges);
    const relations = doc.relations?.map((r) => RelationSchema.parse(r));
    expect(relations).toEqual(graph.relations);
    // The note is derived from the state, not read back as data of its own.
    expect(doc.relations?.find((r) => r.id === 'r3')).not.toHaveProperty('citation_note');
  });

  it('re-import: a half caution is passed on for validation to report, not dropped silently', () => {
    const [one] = recordsToDocument([], [{ ...edge('r1'), caution_en: 'only English' }]).relations ?? [];
    const result = RelationSchema.safeParse(one);
    expect(issues(result)).toEqual([expect.stringMatching(/^caution\.zh: /)]);
  });

  it('GraphML: declared keys for every field, and the values on the edges', () => {
    const xml = writeGraphml(records, 'all');
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const name of ['citation', 'citation_note', 'citation_note_zh', 'certainty', 'caution_en', 'caution_zh']) {
      expect(xml).toContain(`<key id="e_${name}" for="edge" attr.name="${name}" attr.type="string"/>`);
    }
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    type Data = { key: string; '#text': string };
    const value = (id: string, key: string) =>
      doc.graphml.graph.edge.find((e: { id: string }) => e.id === id).data.find((d: Data) => d.key === `e_${key}`)?.[
        '#text'
      ];
    expect(value('r3', 'citation')).toBe('uncited');
    expect(value('r3', 'citation_note_zh')).toBe(UNCITED_NOTE.zh);
    expect(value('r1', 'citation')).toBeUndefined();
    expect(value('r4', 'certainty')).toBe('suggested');
    expect(value('r1', 'certainty')).toBe('stated');
    expect(value('r2', 'caution_en')).toBe(CAUTION.en);
    expect(value('r2', 'caution_zh')).toBe(CAUTION.zh);
    // Every data key used is declared.
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared).toContain(m[1]);
  });

  it('SIF stays three columns: it has no place for these fields', () => {
    const sif = writeSif(records);
    const plainKb = loadKnowledgeBase(smallSources()).kb;
    const plain = writeSif(toRecords(plainKb, filterGraph(plainKb, { therapies: [] })));
    expect(sif).toBe(plain);
    for (const line of sif.trim().split('\n')) expect(line.split('\t').length === 3 || !line.includes('\t')).toBe(true);
    expect(sif).not.toMatch(/uncited|suggested|caution/);
  });
});
