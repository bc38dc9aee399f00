/**
 * `"citation": "imported"`: a relation read from a pathway file is neither cited by the
 * review nor uncited by it. The schema wants its origin and no review references, the
 * readers' notes name the file, exports carry the state and the note and read them back,
 * and the citation audit leaves such relations alone.
 */
import { describe, expect, it } from 'vitest';
import { readCyjs, writeCyjs } from '../../src/io/cyjs';
import { recordsToDocument } from '../../src/io/from-records';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { toRecords } from '../../src/io/records';
import { citationSuffix, citationText, isUncited } from '../../src/model/citation';
import { auditRecords, readReview } from '../../src/model/citation-audit';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import { filterGraph } from '../../src/model/query';
import { RelationSchema } from '../../src/model/schema';

const imported = importPathway('TP53\t-1\tMDM2\n', { fileName: 'net.sif' });
const relation = imported.document.relations?.[0];

describe('the imported citation state', () => {
  it('reads as the file it came from, not as the review citing nothing', () => {
    if (!relation) throw new Error('no relation imported');
    const parsed = RelationSchema.parse(relation);
    expect(isUncited(parsed)).toBe(false);
    expect(citationText(parsed, 'en')).toBe('Imported from net.sif; not a statement of the review.');
    expect(citationText(parsed, 'zh')).toBe('导入自 net.sif；并非综述的陈述。');
    expect(citationSuffix(parsed, 'en')).toBe(' (Imported from net.sif; not a statement of the review.)');
  });
  it('needs an origin and no review references', () => {
    const base = { ...relation, origin: undefined };
    const missing = RelationSchema.safeParse(base);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.message)).toContain(
      '"citation": "imported" needs its "origin" (the source file and element it was read from)',
    );
    const cited = RelationSchema.safeParse({ ...relation, references: [3] });
    expect(cited.error?.issues[0].message).toMatch(
      /comes from a pathway file, not the review, but "references" lists 3/,
    );
  });
  it('goes through a cyjs export and back with its state, note and origin', () => {
    const { kb, problems } = loadKnowledgeBase([{ file: 'net.json', text: JSON.stringify(imported.document) }]);
    expect(problems).toEqual([]);
    const records = toRecords(kb, filterGraph(kb, { therapies: [] }));
    expect(records.edges[0]).toMatchObject({
      citation: 'imported',
      citation_note: 'Imported from net.sif; not a statement of the review.',
      origin_file: 'net.sif',
      origin_type: '-1',
    });
    const read = readCyjs(writeCyjs(records, { name: 'net' }));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const back = recordsToDocument(read.nodes, read.edges);
    expect(RelationSchema.parse(back.relations?.[0])).toMatchObject({
      citation: 'imported',
      origin: { file: 'net.sif', type: '-1' },
    });
  });
  it('is skipped by the citation audit, which would otherwise find its evidence nowhere in the review', () => {
    const review = readReview('# Review\n\nTP53 抑制 MDM2。<sup>[1]</sup>\n');
    const record = RelationSchema.parse(relation);
    expect(auditRecords(review, [record]).audits).toEqual([]);
    expect(
      auditRecords(review, [{ ...record, citation: undefined, references: [1] }]).errors.map((e) => e.kind),
    ).toEqual(['not-found']);
  });
});
