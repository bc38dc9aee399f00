/**
 * The way back from our flat node and edge records (as read from a .cyjs file) to
 * graph-document entities and relations, so an exported graph can be re-imported and
 * validated like any curator's file.
 */
import type { GraphDocumentInput } from '../model/schema';
import { RELATION_TYPE_INFO, type RelationType } from '../model/vocabulary';

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

function text(en: unknown, zh: unknown): { en: string; zh?: string } | undefined {
  const e = str(en);
  if (!e) return undefined;
  const z = str(zh);
  return z ? { en: e, zh: z } : { en: e };
}

export function recordsToDocument(nodes: Data[], edges: Data[]): GraphDocumentInput {
  return {
    entities: nodes.map((n) => {
      const name = text(n.name, n.name_zh);
      return {
        id: String(n.id),
        type: n.type as never,
        label: text(n.label, n.label_zh) ?? { en: String(n.id) },
        ...(name ? { name } : {}),
        ...(str(n.symbol) ? { symbol: str(n.symbol) } : {}),
        ...(strings(n.members) ? { members: strings(n.members) } : {}),
        aliases: strings(n.aliases) ?? [],
        ...(str(n.note) ? { note: str(n.note) } : {}),
      };
    }),
    relations: edges.map((e) => {
      const type = e.interaction as RelationType;
      const sign = str(e.sign);
      const defaultSign = RELATION_TYPE_INFO[type]?.sign;
      const cautionEn = str(e.caution_en);
      const cautionZh = str(e.caution_zh);
      // A caution needs both languages (the schema says why); a half one is passed on for validation to report.
      const caution = cautionEn || cautionZh ? { en: cautionEn ?? '', zh: cautionZh ?? '' } : undefined;
      return {
        id: String(e.id),
        source: String(e.source),
        target: String(e.target),
        type,
        ...(sign && sign !== defaultSign ? { sign: sign as never } : {}),
        ...(str(e.source_alteration) ? { sourceAlteration: str(e.source_alteration) as never } : {}),
        ...(str(e.site) ? { site: str(e.site) } : {}),
        therapies: strings(e.therapies) ?? [],
        mechanism: String(e.mechanism),
        references: Array.isArray(e.references) ? e.references.map(Number) : [],
        // The uncited state and the certainty come back; the uncited note is derived, so it is not read.
        ...(e.citation === 'uncited' ? { citation: 'uncited' as const } : {}),
        ...(e.citation === 'imported' ? { citation: 'imported' as const, origin: importedOrigin(e) } : {}),
        ...(str(e.certainty) ? { certainty: str(e.certainty) as never } : {}),
        ...(caution ? { caution } : {}),
        evidence: { zh: String(e.evidence_zh ?? ''), en: String(e.evidence_en ?? '') },
        ownGroup: e.own_group === true,
        section: String(e.section ?? ''),
        ...(str(e.note) ? { note: str(e.note) } : {}),
      };
    }),
  };
}

/** An imported relation's origin, as toRecords flattened it (file, element, the source's type name). */
function importedOrigin(e: Record<string, unknown>) {
  const element = typeof e.origin_element === 'string' && e.origin_element !== '' ? e.origin_element : undefined;
  return {
    file: String(e.origin_file ?? ''),
    ...(element ? { element } : {}),
    type: String(e.origin_type ?? ''),
  };
}
