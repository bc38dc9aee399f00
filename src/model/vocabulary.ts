/**
 * The controlled vocabulary of the knowledge base: every term a graph file may use,
 * each explained once, here. The lists are `as const` so the schemas, the UI and the
 * tests all iterate the same values.
 *
 * Nothing here is specific to one disease: a curator encoding another review reuses
 * these terms, and extends them here (with an explanation) only when a review needs it.
 */

export const ENTITY_TYPES = [
  'gene',
  'family',
  'rna',
  'complex',
  'metabolite',
  'drug',
  'procedure',
  'cell',
  'pathway',
  'process',
  'condition',
  'modification',
  'outcome',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_DESCRIPTIONS: Record<EntityType, string> = {
  gene: 'A gene or its protein product; carries its approved HGNC symbol.',
  family:
    'A group the source names as one (ERK1/2, JAK1/2, BAX/BAK, AKT, PI3K, TGF-β); carries the HGNC symbols of its members.',
  rna: 'A non-coding RNA: miRNA or lncRNA.',
  complex: 'A molecular complex formed by several entities (e.g. a trimer).',
  metabolite: 'A small molecule or metabolite: GSH, lactate, ROS, fructose.',
  drug: 'A drug, antibody or drug class given as therapy.',
  procedure: 'A clinical procedure: TACE, HAIC.',
  cell: 'A cell type or state: TAMs, HSCs, CAFs, dendritic cells, CD8⁺ T cells.',
  pathway: 'A signalling pathway named as a whole: PI3K-AKT, Wnt/β-catenin, cGAS/STING.',
  process: 'A cellular or tissue process: autophagy, EMT, mitochondrial fission, angiogenesis, stemness.',
  condition: 'A physiological condition or state of the tumour: hypoxia, a stiff extracellular matrix.',
  modification: 'A chemical modification acting as a regulator: m⁶A RNA methylation.',
  outcome: 'An end point: resistance to a named therapy or drug, tumour progression, immune escape.',
  other:
    'An element of an imported pathway that no type above describes honestly: a gene product whose label is no HGNC symbol, a group of the source, a node of unknown type. Never used by the review.',
};

/** How a relation is drawn, following SBGN Activity Flow. */
export const SIGNS = ['positive', 'negative', 'neutral', 'association'] as const;
export type Sign = (typeof SIGNS)[number];

export const RELATION_TYPES = [
  'activates',
  'upregulates',
  'stabilizes',
  'recruits',
  'secretes',
  'transports',
  'promotes',
  'inhibits',
  'downregulates',
  'degrades',
  'sequesters',
  'exports',
  'binds',
  'forms-complex',
  'methylates',
  'modifies',
  'part-of',
  'converts-to',
  'associated',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  /** Drawing sign: arrow (positive), T-bar (negative), plain/diamond (neutral), dashed (association). */
  sign: Sign;
  /** Verb used to read the relation as a sentence: "{source} {verb} {target}". */
  verb: { en: string; zh: string };
  description: string;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = {
  activates: {
    sign: 'positive',
    verb: { en: 'activates', zh: '激活' },
    description: 'Turns on the activity of a protein, pathway, cell or process.',
  },
  upregulates: {
    sign: 'positive',
    verb: { en: 'upregulates', zh: '上调' },
    description: 'Raises the expression or level of the target.',
  },
  stabilizes: {
    sign: 'positive',
    verb: { en: 'stabilizes', zh: '稳定' },
    description: 'Protects a protein or RNA from degradation.',
  },
  recruits: {
    sign: 'positive',
    verb: { en: 'recruits', zh: '募集' },
    description: 'Brings cells or proteins to a place or into a complex.',
  },
  secretes: {
    sign: 'positive',
    verb: { en: 'secretes', zh: '分泌' },
    description: 'The source cell releases the target molecule.',
  },
  transports: {
    sign: 'positive',
    verb: { en: 'takes up', zh: '摄取' },
    description: 'Carries a drug or molecule into the cell (uptake).',
  },
  promotes: {
    sign: 'positive',
    verb: { en: 'promotes', zh: '促进' },
    description: 'A positive causal effect on a process, cell state or outcome, without a more specific mechanism.',
  },
  inhibits: {
    sign: 'negative',
    verb: { en: 'inhibits', zh: '抑制' },
    description: 'Blocks the activity of the target.',
  },
  downregulates: {
    sign: 'negative',
    verb: { en: 'downregulates', zh: '下调' },
    description: 'Lowers the expression or level of the target.',
  },
  degrades: {
    sign: 'negative',
    verb: { en: 'degrades', zh: '降解' },
    description: 'Causes the breakdown of the target.',
  },
  sequesters: {
    sign: 'negative',
    verb: { en: 'sequesters', zh: '隔离' },
    description: 'Holds a drug or molecule away from where it acts (e.g. in subcellular compartments).',
  },
  exports: {
    sign: 'negative',
    verb: { en: 'exports', zh: '外排' },
    description: 'Pumps a drug or molecule out of the cell (efflux), lowering its effect.',
  },
  binds: {
    sign: 'neutral',
    verb: { en: 'binds', zh: '结合' },
    description: 'Physical binding without a stated effect.',
  },
  'forms-complex': {
    sign: 'neutral',
    verb: { en: 'forms a complex with', zh: '形成复合物' },
    description: 'The source is a member of the target complex.',
  },
  methylates: {
    sign: 'neutral',
    verb: { en: 'methylates', zh: '甲基化' },
    description: 'Adds a methyl group to the target (the site may be given).',
  },
  modifies: {
    sign: 'neutral',
    verb: { en: 'modifies', zh: '修饰' },
    description: 'Another covalent modification of the target.',
  },
  'part-of': {
    sign: 'neutral',
    verb: { en: 'is part of', zh: '属于' },
    description:
      'Membership, not an effect: a drug of a regimen (oxaliplatin in FOLFOX), a gene of a pathway (JAK1/2 in IFN-γ signalling), a subtype of a class (neutralising ADAs), the regimen a procedure uses. Lets a diagram say what a named whole is made of without claiming that one part acts on another.',
  },
  'converts-to': {
    sign: 'positive',
    verb: { en: 'is converted into', zh: '转化为' },
    description:
      'One cell type or state becomes another (peripheral-blood monocytes into MDSCs); who drives the conversion is a separate relation to the result.',
  },
  associated: {
    sign: 'association',
    verb: { en: 'is associated with', zh: '相关' },
    description: 'A correlation reported without a causal mechanism; drawn dashed.',
  },
};

/**
 * How a relation's source is cited. A relation normally lists the reference numbers the
 * review prints for its sentence; where the review prints none, the relation says so with
 * `"citation": "uncited"` and lists no references, rather than borrowing a number from a
 * neighbouring sentence (the paper cited there is often about something else).
 */
export const CITATION_STATES = ['uncited', 'imported'] as const;
export type CitationState = (typeof CITATION_STATES)[number];

/** What readers are told where the review cites nothing (details, tables, tooltips, exports). */
export const UNCITED_NOTE = {
  en: 'The review cites no source for this statement.',
  zh: '综述未为此陈述注明文献来源。',
} as const;

/**
 * What readers are told of a relation read from an imported pathway file
 * (`"citation": "imported"`): not the review's statement, so neither its references nor the
 * uncited note apply; `{file}` is the source file the relation's `origin` names.
 */
export const IMPORTED_NOTE = {
  en: 'Imported from {file}; not a statement of the review.',
  zh: '导入自 {file}；并非综述的陈述。',
} as const;

/**
 * How firmly the review makes a statement. `stated`: reported as a finding ("研究表明",
 * "本课题组发现"). `suggested`: the review hedges ("可能", "有研究提示", "被认为", "提示",
 * "may", "suggest"), so the relation is a hypothesis the reader must not take as fact; it
 * is badged, can be filtered out and is drawn with a lighter line.
 */
export const CERTAINTIES = ['stated', 'suggested'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const CERTAINTY_INFO: Record<Certainty, { label: { en: string; zh: string }; description: string }> = {
  stated: {
    label: { en: 'stated', zh: '明确陈述' },
    description: 'The review reports the statement as a finding.',
  },
  suggested: {
    label: { en: 'suggested', zh: '提示性' },
    description: 'The review hedges the statement (may, suggests, is considered); a hypothesis, not a fact.',
  },
};

/**
 * Words with which a review hedges a statement (may, suggests, is considered, potential,
 * preliminary); the citation audit flags a quote that uses one while its relation is marked
 * `stated`. "或" alone is not among them: it mostly means "or".
 */
export const HEDGE_WORDS = [
  '可能',
  '有研究提示',
  '研究提示',
  '被认为',
  '提示',
  '或许',
  '推测',
  '有望',
  '潜在',
  '初步',
] as const;

export const ALTERATIONS = ['mutation', 'high-expression', 'low-expression', 'loss', 'amplification'] as const;
export type Alteration = (typeof ALTERATIONS)[number];

export const MECHANISM_CATEGORIES = [
  'signalling',
  'microenvironment',
  'stemness',
  'genetic-epigenetic',
  'drug-transport-metabolism',
  'anti-drug-antibodies',
  'microbiome',
  'biomarkers',
  'imported',
] as const;
export type MechanismCategory = (typeof MECHANISM_CATEGORIES)[number];

export const MECHANISM_CATEGORY_LABELS: Record<MechanismCategory, { en: string; zh: string }> = {
  signalling: { en: 'Signalling pathways', zh: '信号通路异常' },
  microenvironment: { en: 'Tumour microenvironment', zh: '肿瘤微环境' },
  stemness: { en: 'Cancer stem cells', zh: '肿瘤干细胞特性' },
  'genetic-epigenetic': { en: 'Genetic and epigenetic alterations', zh: '遗传和表观遗传学改变' },
  'drug-transport-metabolism': { en: 'Drug transport and metabolism', zh: '药物转运与代谢' },
  'anti-drug-antibodies': { en: 'Anti-drug antibodies', zh: '抗药抗体' },
  microbiome: { en: 'Microbiome', zh: '微生物组' },
  biomarkers: { en: 'Response biomarkers and signatures', zh: '疗效标志物与分子特征' },
  imported: { en: 'Imported pathway', zh: '导入的通路' },
};

/** `pathway`: not a therapy but a public pathway imported beside them (`graph import`), compared like one. */
export const THERAPY_KINDS = ['locoregional', 'systemic', 'combination', 'pathway'] as const;
export type TherapyKind = (typeof THERAPY_KINDS)[number];

export const RESPONSE_CRITERIA = ['RECIST', 'mRECIST'] as const;
export type ResponseCriterion = (typeof RESPONSE_CRITERIA)[number];

export const REFERENCE_KINDS = ['J', 'Z', 'EB/OL'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
