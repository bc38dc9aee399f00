/**
 * The flat node and edge records that every interchange format writes: one projection
 * of the knowledge base, so cyjs, GraphML, SIF and the app agree on names and fields.
 */
import { importedNote, isImported, isUncited } from '../model/citation';
import type { KnowledgeBase } from '../model/knowledge-base';
import { entityTherapies, type SubGraph } from '../model/query';
import { relationSign } from '../model/relation-look';
import { type CitationState, UNCITED_NOTE } from '../model/vocabulary';

export interface NodeRecord {
  id: string;
  label: string;
  label_zh?: string;
  type: string;
  symbol?: string;
  members?: string[];
  name?: string;
  name_zh?: string;
  aliases: string[];
  therapies: string[];
  note?: string;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  interaction: string;
  sign: string;
  therapies: string[];
  mechanism: string;
  category?: string;
  references: number[];
  /**
   * "uncited" where the review cites no source (references is then empty); "imported" for a
   * relation read from a pathway file (the note names the file); absent otherwise.
   */
  citation?: CitationState;
  /** For an imported relation: the pathway file, element and the source's type name. */
  origin_file?: string;
  origin_element?: string;
  origin_type?: string;
  /** The uncited note, for readers of the file: UNCITED_NOTE in English and Chinese. */
  citation_note?: string;
  citation_note_zh?: string;
  /** "stated", or "suggested" where the review hedges the statement. */
  certainty: string;
  evidence_zh: string;
  evidence_en: string;
  own_group: boolean;
  section: string;
  /** A curator's caution shown beside the evidence. */
  caution_en?: string;
  caution_zh?: string;
  site?: string;
  source_alteration?: string;
  note?: string;
}

export function toRecords(kb: KnowledgeBase, graph: SubGraph): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const therapies = entityTherapies(graph.relations);
  const nodes = graph.entities.map((e): NodeRecord => {
    const node: NodeRecord = {
      id: e.id,
      label: e.label.en,
      type: e.type,
      aliases: [...e.aliases],
      therapies: [...(therapies.get(e.id) ?? [])].sort(),
    };
    if (e.label.zh) node.label_zh = e.label.zh;
    if (e.symbol) node.symbol = e.symbol;
    if (e.members) node.members = [...e.members];
    if (e.name?.en) node.name = e.name.en;
    if (e.name?.zh) node.name_zh = e.name.zh;
    if (e.note) node.note = e.note;
    return node;
  });
  const edges = graph.relations.map((r): EdgeRecord => {
    const edge: EdgeRecord = {
      id: r.id,
      source: r.source,
      target: r.target,
      interaction: r.type,
      sign: relationSign(r),
      therapies: [...r.therapies],
      mechanism: r.mechanism,
      references: [...r.references],
      certainty: r.certainty,
      evidence_zh: r.evidence.zh,
      evidence_en: r.evidence.en,
      own_group: r.ownGroup,
      section: r.section,
    };
    const category = kb.mechanismById.get(r.mechanism)?.category;
    if (category) edge.category = category;
    if (isImported(r)) {
      edge.citation = 'imported';
      edge.citation_note = importedNote(r, 'en');
      edge.citation_note_zh = importedNote(r, 'zh');
      if (r.origin) {
        edge.origin_file = r.origin.file;
        if (r.origin.element) edge.origin_element = r.origin.element;
        edge.origin_type = r.origin.type;
      }
    } else if (isUncited(r)) {
      edge.citation = 'uncited';
      edge.citation_note = UNCITED_NOTE.en;
      edge.citation_note_zh = UNCITED_NOTE.zh;
    }
    if (r.caution) {
      edge.caution_en = r.caution.en;
      edge.caution_zh = r.caution.zh;
    }
    if (r.site) edge.site = r.site;
    if (r.sourceAlteration) edge.source_alteration = r.sourceAlteration;
    if (r.note) edge.note = r.note;
    return edge;
  });
  return { nodes, edges };
}
