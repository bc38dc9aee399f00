/**
 * The runtime schemas of the knowledge base. The validator *is* the type: every
 * TypeScript type of graph data is inferred from these zod schemas, so the files in
 * `graphs/`, the CLI, the app and the JSON Schema for editors cannot drift apart.
 *
 * A knowledge base is a folder of graph documents. Each document may hold any of the
 * sections below; the loader merges them and then checks what spans files (ids unique,
 * relations pointing at known entities, reference numbers that exist).
 */
import { z } from 'zod';
import { quote } from './problems';
import {
  ALTERATIONS,
  CERTAINTIES,
  CITATION_STATES,
  type CitationState,
  ENTITY_TYPES,
  MECHANISM_CATEGORIES,
  REFERENCE_KINDS,
  RELATION_TYPES,
  RESPONSE_CRITERIA,
  SIGNS,
  THERAPY_KINDS,
} from './vocabulary';

/** Stable ids used in URLs and exports: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Form of an HGNC approved symbol: upper-case letters and digits, optionally joined by
 * hyphens, with the lower-case "orf" of open-reading-frame symbols (C10orf2). Whether the
 * symbol is actually approved is checked against the HGNC table in the tests.
 */
export const HGNC_SYMBOL_PATTERN = /^[A-Z0-9]+(?:orf[0-9]+(?:[A-Z][A-Z0-9]*)?)?(?:-[A-Z0-9]+)*$/;
// Written so that no two parts can match the same characters: the obvious
// /^[A-Z0-9]+(?:orf[0-9]+)?[A-Z0-9]*…$/ backtracks quadratically on a long non-symbol.

const id = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case letters and digits joined by single hyphens, e.g. "hif1a" or "cd8-t-cell"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
/**
 * A list whose items may each appear once: a repeated id in a relation's therapies or a
 * story step's reveal list is a curator's slip that would count or draw a thing twice.
 * Each repeat is reported at its own index, naming where the item first appeared.
 */
export function distinct<T extends z.ZodType<string | number>>(item: T) {
  return z
    .array(item)
    .meta({ uniqueItems: true })
    .superRefine((list, ctx) => {
      const first = new Map<string | number, number>();
      list.forEach((value, i) => {
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, i);
        else
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `repeats ${typeof value === 'string' ? quote(value) : value} (already at [${earlier}]); list each once`,
          });
      });
    });
}

/** Reference numbers as a record cites them, each once. */
const referenceNumbers = () => distinct(z.number().int().positive());

/**
 * A reference's address: a web page (http or https) or a DOI written as a link
 * (https://doi.org/10.…). Anything else (javascript:, data:, file:) would become a live
 * link in the app.
 */
const webAddress = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'must be an http:// or https:// address (a DOI as https://doi.org/10.…)',
});

const hgncSymbol = z
  .string()
  .regex(HGNC_SYMBOL_PATTERN, 'must have the form of an HGNC approved symbol (upper case, e.g. "HIF1A", "XRCC6")');

/** Text in both languages; Chinese may be missing where the source gives none. */
export const TextSchema = z.strictObject({ en: nonEmpty, zh: nonEmpty.optional() });
/** Text that must exist in both languages (UI-facing titles and captions). */
export const BilingualSchema = z.strictObject({ en: nonEmpty, zh: nonEmpty });

/**
 * Where an element of an imported pathway comes from: the file, the source's own id(s)
 * and type name (a GPML DataNode Type, an SBGN glyph class, a SIF interaction), its
 * position and its cross-references. Absent on everything the review states.
 */
export const OriginSchema = z.strictObject({
  file: nonEmpty,
  /** The source's own id(s) or label of the element ("b7031", "$.elements.nodes[3]"). */
  element: nonEmpty.optional(),
  /** The source's own type name: "GeneProduct", "mim-inhibition", "macromolecule", "-1". */
  type: nonEmpty,
  /** "line 42" or a JSON path. */
  position: nonEmpty.optional(),
  /** Cross-references as the source gives them (Entrez Gene 405, uniprot:P21741). */
  xrefs: z.array(z.strictObject({ database: nonEmpty, id: nonEmpty })).optional(),
});
export type Origin = z.infer<typeof OriginSchema>;

export const EntitySchema = z
  .strictObject({
    id,
    type: z.enum(ENTITY_TYPES),
    /** The label as biologists write it (HIF-1α, m⁶A, CD8⁺ T cells); zh where it differs. */
    label: TextSchema,
    /** Full names: the English name (the review gives most in parentheses) and the Chinese one. */
    name: TextSchema.optional(),
    /** Approved HGNC symbol; required for genes. */
    symbol: hgncSymbol.optional(),
    /** HGNC symbols of the members; required for families. */
    members: distinct(hgncSymbol).min(1).optional(),
    /** Other names the source uses (HIF-1α, KU70, c-Met, PD-L1). */
    aliases: distinct(nonEmpty).default([]),
    note: nonEmpty.optional(),
    /** Only on entities of an imported pathway: the source element(s) it was read from. */
    origin: OriginSchema.optional(),
  })
  .superRefine((entity, ctx) => {
    if (entity.type === 'gene' && !entity.symbol) {
      ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'a gene needs its HGNC "symbol"' });
    }
    if (entity.type !== 'gene' && entity.symbol) {
      ctx.addIssue({
        code: 'custom',
        path: ['symbol'],
        message: `only genes carry a "symbol"; a ${entity.type} lists "members" (families) or nothing`,
      });
    }
    if (entity.type === 'family' && !entity.members) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'a family needs the HGNC symbols of its "members"' });
    }
  });

export const EvidenceSchema = z.strictObject({
  /** The review's own words, verbatim (Chinese). */
  zh: nonEmpty,
  /** An English paraphrase. */
  en: nonEmpty,
});

export const RelationSchema = z
  .strictObject({
    id,
    source: id,
    target: id,
    type: z.enum(RELATION_TYPES),
    /** Only for neutral and association types: the direction of an effect the source states. */
    sign: z.enum(SIGNS).optional(),
    /** The state of the source that acts (e.g. EGFR *mutation* activates MAPK). */
    sourceAlteration: z.enum(ALTERATIONS).optional(),
    /** A residue or site, e.g. "R452" for PRMT3 methylating IGF2BP1. */
    site: nonEmpty.optional(),
    therapies: distinct(id).min(1, 'a relation belongs to at least one therapy'),
    mechanism: id,
    /** The numbers the review prints for this relation's sentence (or clause); empty only when uncited. */
    references: referenceNumbers().default([]),
    /** `"uncited"` where the review prints no reference for the sentence. */
    citation: z.enum(CITATION_STATES).optional(),
    /** `"suggested"` where the review hedges the statement (可能, 有研究提示, 被认为). */
    certainty: z.enum(CERTAINTIES).default('stated'),
    /**
     * A curator's caution, shown beside the evidence, where the cited paper (by its title)
     * reports something different from the review's claim. The claim itself stays as the
     * review makes it.
     */
    caution: BilingualSchema.optional(),
    evidence: EvidenceSchema,
    /** The review marks the work as the authors' own group's (本课题组 / 我们研究). */
    ownGroup: z.boolean().default(false),
    /** Section of the review the sentence is in, e.g. "1.1". */
    /** "intro" for the review's unnumbered introduction. */
    /** "imported" for a relation read from an imported pathway file (it has no section of the review). */
    section: z
      .string()
      .regex(/^(?:\d+(?:\.\d+)*|intro|imported)$/, 'a section number such as "1.1" or "3", "intro", or "imported"'),
    note: nonEmpty.optional(),
    /** Only with `"citation": "imported"`: the source file and element the relation was read from. */
    origin: OriginSchema.optional(),
  })
  .superRefine((relation, ctx) => {
    if (relation.source === relation.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'a relation cannot point from an entity to itself' });
    }
    checkCitation(relation, ctx);
  });

/**
 * A record cites at least one reference, or says `"citation": "uncited"` and cites none:
 * an empty list must be a curator's statement, never an omission.
 */
export function checkCitation(
  record: { references: number[]; citation?: CitationState; origin?: Origin },
  ctx: z.RefinementCtx,
) {
  if (record.citation === 'imported') {
    // Read from a pathway file, not the review: no review reference can apply, and the file must be named.
    if (record.references.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['references'],
        message: `"citation": "imported" says this comes from a pathway file, not the review, but "references" lists ${record.references.join(', ')}; keep one of the two`,
      });
    }
    if (!record.origin) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: '"citation": "imported" needs its "origin" (the source file and element it was read from)',
      });
    }
    return;
  }
  if (record.citation === 'uncited' && record.references.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['citation'],
      message: `"citation": "uncited" says the review cites nothing here, but "references" lists ${record.references.join(', ')}; keep one of the two`,
    });
  }
  if (record.citation !== 'uncited' && record.references.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['references'],
      message:
        'cite at least one reference number the review prints for this sentence, or mark it "citation": "uncited" when the review cites none',
    });
  }
}

export const TherapySchema = z.strictObject({
  id,
  kind: z.enum(THERAPY_KINDS),
  label: BilingualSchema,
  name: BilingualSchema,
  /** For combinations: the therapies it combines. */
  components: distinct(id).optional(),
  section: z.string().optional(),
  description: TextSchema.optional(),
  /** Reference numbers for the description (clinical outcomes rather than relations). */
  references: referenceNumbers().optional(),
});

export const MechanismSchema = z.strictObject({
  id,
  category: z.enum(MECHANISM_CATEGORIES),
  title: BilingualSchema,
  /**
   * A few words for the mechanism's frame on the diagram (the full title is in its
   * details), so that the titles of many frames can be read at once.
   */
  shortTitle: BilingualSchema.optional(),
  therapies: distinct(id).min(1),
  section: z.string(),
  summary: TextSchema.optional(),
  /** Reference numbers for the summary, beyond those its relations cite. */
  references: referenceNumbers().optional(),
});

export const ReferenceSchema = z.strictObject({
  number: z.number().int().positive(),
  /** Authors as printed ("LI B", "QIU J"); `etAl` when the list ends in "et al". */
  authors: z.array(nonEmpty).min(1),
  etAl: z.boolean(),
  title: nonEmpty,
  /** GB/T 7714 document type: [J] journal article, [Z] other, [EB/OL] online. */
  kind: z.enum(REFERENCE_KINDS),
  journal: nonEmpty.optional(),
  publisher: nonEmpty.optional(),
  year: z.number().int().min(1900).max(2100),
  volume: nonEmpty.optional(),
  issue: nonEmpty.optional(),
  /** Pages or article number as printed ("63-71", "e057"). */
  pages: nonEmpty.optional(),
  url: webAddress.optional(),
  accessed: nonEmpty.optional(),
  note: nonEmpty.optional(),
});

const percent = z.number().min(0).max(100).nullable();

export const ResponseRowSchema = z.strictObject({
  /** The regimen as printed in the table, and the therapy id it maps to. */
  regimen: nonEmpty,
  therapy: id,
  year: z.number().int(),
  reference: z.number().int().positive(),
  sampleSize: z.number().int().positive(),
  stage: nonEmpty,
  /** Percent; null where the table prints "-" (not reported). */
  conversionRate: percent,
  objectiveResponseRate: percent,
  /** Criterion of the objective response rate; null where no rate is given. */
  criterion: z.enum(RESPONSE_CRITERIA).nullable(),
  note: nonEmpty.optional(),
});

export const ResponseTableSchema = z.strictObject({
  id,
  caption: BilingualSchema,
  rows: z.array(ResponseRowSchema).min(1),
  footnote: TextSchema.optional(),
});

export const TreatmentLineSchema = z.strictObject({
  id,
  title: BilingualSchema,
  /** Each option is one drug or a combination, as entity ids (drugs). */
  options: z.array(
    z.strictObject({
      drugs: distinct(id).min(1),
      label: BilingualSchema,
      condition: TextSchema.optional(),
    }),
  ),
  source: TextSchema.optional(),
});

/**
 * What the atlas is and what it cites: shown in the header, on every figure's caption and
 * in file names. Exactly one file of a knowledge base holds it.
 */
export const AtlasSchema = z.strictObject({
  title: BilingualSchema,
  subtitle: BilingualSchema.optional(),
  /** The source every figure cites. */
  citation: BilingualSchema,
  /** Start of exported file names, e.g. "hcc-atlas". */
  filePrefix: id,
});
export type Atlas = z.infer<typeof AtlasSchema>;

/** The sections a graph file may hold, each an array of records of one schema. */
export const SECTION_SCHEMAS = {
  therapies: TherapySchema,
  mechanisms: MechanismSchema,
  entities: EntitySchema,
  relations: RelationSchema,
  references: ReferenceSchema,
  responseTables: ResponseTableSchema,
  treatmentLines: TreatmentLineSchema,
} as const;
export type SectionName = keyof typeof SECTION_SCHEMAS;

export const GraphDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  /** What this file holds, for curators. */
  description: z.string().optional(),
  atlas: AtlasSchema.optional(),
  therapies: z.array(TherapySchema).optional(),
  mechanisms: z.array(MechanismSchema).optional(),
  entities: z.array(EntitySchema).optional(),
  relations: z.array(RelationSchema).optional(),
  references: z.array(ReferenceSchema).optional(),
  responseTables: z.array(ResponseTableSchema).optional(),
  treatmentLines: z.array(TreatmentLineSchema).optional(),
});

export type Text = z.infer<typeof TextSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Therapy = z.infer<typeof TherapySchema>;
export type Mechanism = z.infer<typeof MechanismSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type ResponseRow = z.infer<typeof ResponseRowSchema>;
export type ResponseTable = z.infer<typeof ResponseTableSchema>;
export type TreatmentLine = z.infer<typeof TreatmentLineSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;
/** What a curator writes (defaults not yet applied). */
export type GraphDocumentInput = z.input<typeof GraphDocumentSchema>;
