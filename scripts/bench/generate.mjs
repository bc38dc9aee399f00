/**
 * Seeded generator of synthetic knowledge bases for the performance benchmark
 * (`npm run bench`). Plain ESM JavaScript, no dependencies, so the same file runs in
 * Node and in the browser (the app imports it dynamically for `?bench=N`).
 *
 * `generateKnowledgeBase({ entities: N, seed })` returns one graph document in the
 * project's format (src/model/schema.ts) that passes the project's loader with no
 * errors: the 9 therapies of the review, ~N/20 mechanisms across the real categories,
 * 60 generic references, N entities (mostly genes with HGNC-form symbols, then the other
 * types roughly as a pathway database would have them) and ~2N relations.
 *
 * Topology: entities are added one at a time and each links to ~2 earlier ones chosen by
 * preferential attachment (probability grows with degree), so the degree distribution is
 * skewed (a few hubs such as outcomes and signalling genes, a long tail of leaves). An
 * entity's relations belong to its "home" mechanism; consecutive entities share a
 * mechanism, so a mechanism reads as a cluster that hubs tie to the others.
 *
 * The same seed always gives the same document (mulberry32 PRNG; no Math.random, no
 * clock), so runs of the benchmark are comparable.
 */

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The therapies of graphs/therapies.json (ids, kinds, labels and components). */
export const THERAPIES = [
  {
    id: 'tace',
    kind: 'locoregional',
    en: 'TACE',
    zh: 'TACE',
    name: ['Transarterial chemoembolization', '经肝动脉化疗栓塞'],
    section: '1.1',
  },
  {
    id: 'haic',
    kind: 'locoregional',
    en: 'HAIC',
    zh: 'HAIC',
    name: ['Hepatic arterial infusion chemotherapy', '肝动脉灌注化疗'],
    section: '1.2',
  },
  {
    id: 'targeted',
    kind: 'systemic',
    en: 'Targeted therapy',
    zh: '靶向治疗',
    name: ['Molecular targeted therapy', '分子靶向治疗'],
    section: '2.1',
  },
  {
    id: 'immunotherapy',
    kind: 'systemic',
    en: 'Immunotherapy',
    zh: '免疫治疗',
    name: ['Immunotherapy (immune checkpoint inhibitors)', '免疫治疗(免疫检查点抑制剂)'],
    section: '2.2',
  },
  {
    id: 'atezolizumab-bevacizumab',
    kind: 'combination',
    en: 'T+A',
    zh: 'T+A',
    name: ['Atezolizumab plus bevacizumab', '阿替利珠单抗联合贝伐珠单抗'],
    section: '3',
    components: ['targeted', 'immunotherapy'],
  },
  {
    id: 'tace-haic',
    kind: 'combination',
    en: 'TACE-HAIC',
    zh: 'TACE-HAIC',
    name: ['TACE combined with HAIC', 'TACE联合HAIC'],
    section: '3',
    components: ['tace', 'haic'],
  },
  {
    id: 'tace-haic-tki-pd1',
    kind: 'combination',
    en: 'TACE-HAIC + TKIs + anti-PD-1',
    zh: 'TACE-HAIC+TKIs+抗PD-1单抗',
    name: ['TACE-HAIC combined with targeted therapy and immunotherapy', 'TACE-HAIC联合靶向免疫'],
    section: '3',
    components: ['tace', 'haic', 'targeted', 'immunotherapy'],
  },
  {
    id: 'tki-pd1',
    kind: 'combination',
    en: 'TKIs + anti-PD-1 Ab',
    zh: 'TKIs+抗PD-1单抗',
    name: ['Tyrosine kinase inhibitors plus anti-PD-1 antibody', '酪氨酸激酶抑制剂联合抗PD-1单抗'],
    section: '3',
    components: ['targeted', 'immunotherapy'],
  },
  {
    id: 'haic-tki-pd1',
    kind: 'combination',
    en: 'HAIC + TKIs + anti-PD-1 Ab',
    zh: 'HAIC+TKIs+抗PD-1单抗',
    name: [
      'HAIC plus tyrosine kinase inhibitors and anti-PD-1 antibody',
      '肝动脉灌注化疗联合酪氨酸激酶抑制剂和抗PD-1单抗',
    ],
    section: '3',
    components: ['haic', 'targeted', 'immunotherapy'],
  },
];

/** Share of each entity type (a pathway database: mostly genes). */
const ENTITY_MIX = [
  ['gene', 0.6],
  ['family', 0.05],
  ['rna', 0.06],
  ['complex', 0.02],
  ['metabolite', 0.04],
  ['drug', 0.045],
  ['procedure', 0.002],
  ['cell', 0.04],
  ['pathway', 0.035],
  ['process', 0.05],
  ['condition', 0.015],
  ['modification', 0.005],
  ['outcome', 0.033],
];

/** Share of each relation type, close to the review's own (promotes and associated lead). */
const RELATION_MIX = [
  ['promotes', 0.3],
  ['associated', 0.2],
  ['activates', 0.1],
  ['inhibits', 0.1],
  ['upregulates', 0.09],
  ['downregulates', 0.04],
  ['recruits', 0.03],
  ['secretes', 0.03],
  ['binds', 0.025],
  ['stabilizes', 0.02],
  ['forms-complex', 0.015],
  ['methylates', 0.012],
  ['degrades', 0.01],
  ['modifies', 0.008],
  ['sequesters', 0.006],
  ['transports', 0.004],
  ['exports', 0.004],
];

/** Verbs for the evidence sentences (as in src/model/vocabulary.ts). */
const VERBS = {
  activates: ['activates', '激活'],
  upregulates: ['upregulates', '上调'],
  stabilizes: ['stabilizes', '稳定'],
  recruits: ['recruits', '募集'],
  secretes: ['secretes', '分泌'],
  transports: ['takes up', '摄取'],
  promotes: ['promotes', '促进'],
  inhibits: ['inhibits', '抑制'],
  downregulates: ['downregulates', '下调'],
  degrades: ['degrades', '降解'],
  sequesters: ['sequesters', '隔离'],
  exports: ['exports', '外排'],
  binds: ['binds', '结合'],
  'forms-complex': ['forms a complex with', '形成复合物'],
  methylates: ['methylates', '甲基化'],
  modifies: ['modifies', '修饰'],
  associated: ['is associated with', '相关'],
};
const NEUTRAL = new Set(['binds', 'forms-complex', 'methylates', 'modifies', 'associated']);

const CATEGORY_MIX = [
  ['signalling', 0.3],
  ['microenvironment', 0.26],
  ['biomarkers', 0.16],
  ['genetic-epigenetic', 0.11],
  ['stemness', 0.07],
  ['drug-transport-metabolism', 0.04],
  ['anti-drug-antibodies', 0.03],
  ['microbiome', 0.03],
];
const CATEGORY_TITLES = {
  signalling: ['signalling', '信号通路'],
  microenvironment: ['microenvironment', '肿瘤微环境'],
  biomarkers: ['response biomarkers', '疗效标志物'],
  'genetic-epigenetic': ['epigenetic regulation', '表观遗传调控'],
  stemness: ['stemness', '干细胞特性'],
  'drug-transport-metabolism': ['drug transport', '药物转运'],
  'anti-drug-antibodies': ['anti-drug antibodies', '抗药抗体'],
  microbiome: ['microbiome', '微生物组'],
};
/** Therapy of a mechanism: single therapies dominate, as in the review. */
const THERAPY_MIX = [
  ['tace', 0.2],
  ['haic', 0.12],
  ['targeted', 0.22],
  ['immunotherapy', 0.3],
  ['atezolizumab-bevacizumab', 0.06],
  ['tace-haic', 0.03],
  ['tace-haic-tki-pd1', 0.03],
  ['tki-pd1', 0.02],
  ['haic-tki-pd1', 0.02],
];

const GENE_PREFIXES = [
  'ZNF',
  'SLC',
  'TMEM',
  'CCDC',
  'KLHL',
  'ANKRD',
  'LRRC',
  'RBM',
  'USP',
  'PRMT',
  'MAPK',
  'STAT',
  'KIF',
  'ATP',
  'CDK',
  'IL',
  'CXCL',
  'TNFRSF',
  'HSP',
  'ABCB',
  'CYP',
  'SOX',
  'FOXO',
  'WDR',
  'TRIM',
  'RNF',
  'DDX',
  'PPP',
];
const CELLS = [
  ['TAMs', '肿瘤相关巨噬细胞'],
  ['CAFs', '癌症相关成纤维细胞'],
  ['HSCs', '肝星状细胞'],
  ['Tregs', '调节性T细胞'],
  ['MDSCs', '髓源性抑制细胞'],
  ['CD8⁺ T cells', 'CD8⁺ T细胞'],
  ['NK cells', '自然杀伤细胞'],
  ['DCs', '树突状细胞'],
  ['neutrophils', '中性粒细胞'],
  ['B cells', 'B细胞'],
];
const PROCESSES = [
  ['autophagy', '自噬'],
  ['EMT', '上皮–间充质转化'],
  ['angiogenesis', '血管生成'],
  ['ferroptosis', '铁死亡'],
  ['apoptosis', '细胞凋亡'],
  ['glycolysis', '糖酵解'],
  ['senescence', '细胞衰老'],
  ['DNA repair', 'DNA修复'],
  ['pyroptosis', '细胞焦亡'],
  ['immune evasion', '免疫逃逸'],
];
const CONDITIONS = [
  ['hypoxia', '缺氧'],
  ['stiff extracellular matrix', '刚性细胞外基质'],
  ['immunosuppressive microenvironment', '免疫抑制微环境'],
  ['acidosis', '酸中毒'],
  ['inflammation', '炎症'],
];
const OUTCOMES = [
  ['TACE resistance', 'TACE治疗抵抗'],
  ['HAIC resistance', 'HAIC治疗抵抗'],
  ['sorafenib resistance', '索拉非尼耐药'],
  ['lenvatinib resistance', '仑伐替尼耐药'],
  ['ICI resistance', 'ICIs耐药'],
  ['HCC progression', '肝癌进展'],
  ['metastasis', '转移'],
  ['tumour growth', '肿瘤生长'],
  ['recurrence', '复发'],
  ['poor survival', '生存不良'],
];
const DRUGS = [
  ['sorafenib', '索拉非尼'],
  ['lenvatinib', '仑伐替尼'],
  ['regorafenib', '瑞戈非尼'],
  ['oxaliplatin', '奥沙利铂'],
  ['anti-PD-1', 'PD-1抑制剂'],
  ['anti-PD-L1', 'PD-L1抑制剂'],
  ['bevacizumab', '贝伐珠单抗'],
  ['doxorubicin', '多柔比星'],
];
const METABOLITES = [
  ['ROS', '活性氧'],
  ['lactate', '乳酸'],
  ['GSH', '谷胱甘肽'],
  ['fructose', '果糖'],
  ['cholesterol', '胆固醇'],
];
const PATHWAYS = ['PI3K-AKT', 'MAPK', 'Wnt/β-catenin', 'JAK-STAT', 'NF-κB', 'Hippo-YAP', 'Notch', 'Hedgehog', 'mTOR'];
const JOURNALS = ['Hepatology', 'J Hepatol', 'Cancer Res', 'Nat Commun', 'Gut', 'Clin Cancer Res', 'Oncogene'];

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * @param {{ entities: number, seed?: number }} options
 * @returns {object} a graph document (therapies, mechanisms, entities, relations, references)
 */
export function generateKnowledgeBase({ entities: n, seed = 1 }) {
  if (!Number.isInteger(n) || n < 20) throw new Error(`entities must be an integer of at least 20, got ${n}`);
  const random = mulberry32(seed);
  const int = (k) => Math.floor(random() * k);
  const chance = (p) => random() < p;
  const pickOne = (list) => list[int(list.length)];
  const weighted = (mix) => {
    let x = random();
    for (const [value, w] of mix) {
      x -= w;
      if (x < 0) return value;
    }
    return mix[mix.length - 1][0];
  };

  // References: 60 generic ones, numbered like the review's.
  const references = Array.from({ length: 60 }, (_, i) => ({
    number: i + 1,
    authors: [`AUTHOR${String.fromCharCode(65 + (i % 26))} A`, `AUTHOR${String.fromCharCode(65 + ((i * 7) % 26))} B`],
    etAl: i % 3 !== 0,
    title: `Synthetic study ${i + 1} of resistance mechanisms in hepatocellular carcinoma`,
    kind: 'J',
    journal: JOURNALS[i % JOURNALS.length],
    year: 2010 + (i % 15),
    volume: String(10 + (i % 50)),
    pages: `${100 + i}-${110 + i}`,
  }));

  // Mechanisms: ~N/20, each with one therapy (sometimes two) and a category.
  const mechanismCount = Math.max(2, Math.round(n / 20));
  const mechanisms = [];
  for (let i = 0; i < mechanismCount; i++) {
    const category = weighted(CATEGORY_MIX);
    const therapies = [weighted(THERAPY_MIX)];
    if (chance(0.1)) {
      const second = weighted(THERAPY_MIX);
      if (!therapies.includes(second)) therapies.push(second);
    }
    const section = THERAPIES.find((t) => t.id === therapies[0]).section;
    const [en, zh] = CATEGORY_TITLES[category];
    mechanisms.push({
      id: `mechanism-${i + 1}`,
      category,
      title: { en: `Synthetic mechanism ${i + 1}: ${en}`, zh: `合成机制${i + 1}：${zh}` },
      therapies,
      section,
      summary: {
        en: `A generated ${en} mechanism for benchmarking, cluster ${i + 1}.`,
        zh: `用于性能测试的${zh}机制，第${i + 1}组。`,
      },
    });
  }

  // Entities. Types are drawn from the mix, but every type appears at least once.
  const types = Array.from({ length: n }, () => weighted(ENTITY_MIX));
  ENTITY_MIX.forEach(([type], i) => {
    if (!types.includes(type)) types[(i * 7919) % n] = type;
  });
  const symbolCount = new Map();
  const geneSymbols = [];
  const counters = {};
  const next = (type) => {
    counters[type] = (counters[type] ?? 0) + 1;
    return counters[type];
  };
  const entities = types.map((type) => {
    const k = next(type);
    switch (type) {
      case 'gene': {
        const prefix = pickOne(GENE_PREFIXES);
        const number = (symbolCount.get(prefix) ?? 0) + 1;
        symbolCount.set(prefix, number);
        const symbol = `${prefix}${number}`;
        geneSymbols.push(symbol);
        return {
          id: symbol.toLowerCase(),
          type,
          label: { en: symbol },
          name: { en: `${symbol} protein`, zh: `${symbol}蛋白` },
          symbol,
          aliases: chance(0.2) ? [`${symbol}-L`] : [],
        };
      }
      case 'family': {
        const members = geneSymbols.length >= 2 ? [pickOne(geneSymbols), pickOne(geneSymbols)] : ['GENE1'];
        const uniqueMembers = [...new Set(members)];
        return {
          id: `family-${k}`,
          type,
          label: { en: `${uniqueMembers.join('/')} family ${k}` },
          members: uniqueMembers,
          aliases: [],
        };
      }
      case 'rna':
        return chance(0.7)
          ? { id: `mir-${k}-3p`, type, label: { en: `miR-${k}-3p` }, aliases: [`MIR${k}`] }
          : { id: `lnc-rna-${k}`, type, label: { en: `lnc-RNA${k}` }, aliases: [] };
      case 'complex': {
        const members =
          geneSymbols.length >= 3 ? [pickOne(geneSymbols), pickOne(geneSymbols), pickOne(geneSymbols)] : ['GENE1'];
        return {
          id: `complex-${k}`,
          type,
          label: { en: `complex ${k}`, zh: `复合物${k}` },
          members: [...new Set(members)],
          aliases: [],
        };
      }
      case 'metabolite': {
        const [en, zh] = pickOne(METABOLITES);
        return { id: `metabolite-${k}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
      case 'drug': {
        const [en, zh] = pickOne(DRUGS);
        return { id: `drug-${k}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
      case 'procedure':
        return { id: `procedure-${k}`, type, label: { en: `procedure ${k}`, zh: `治疗操作${k}` }, aliases: [] };
      case 'cell': {
        const [en, zh] = pickOne(CELLS);
        return { id: `cell-${k}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
      case 'pathway':
        return { id: `pathway-${k}`, type, label: { en: `${pickOne(PATHWAYS)} ${k}` }, aliases: [] };
      case 'process': {
        const [en, zh] = pickOne(PROCESSES);
        return { id: `process-${k}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
      case 'condition': {
        const [en, zh] = pickOne(CONDITIONS);
        return { id: `condition-${k}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
      case 'modification':
        return { id: `modification-${k}`, type, label: { en: `m⁶A site ${k}`, zh: `m⁶A修饰${k}` }, aliases: [] };
      default: {
        const [en, zh] = pickOne(OUTCOMES);
        return { id: `outcome-${k}-${slug(en)}`, type, label: { en: `${en} ${k}`, zh: `${zh}${k}` }, aliases: [] };
      }
    }
  });
  // Families and complexes drawn before any gene existed: give them genes now.
  for (const e of entities) {
    if ((e.type === 'family' || e.type === 'complex') && e.members[0] === 'GENE1' && geneSymbols.length > 0) {
      e.members = [geneSymbols[0]];
    }
  }

  // Phenotypes (processes, conditions, outcomes) are where chains end: draw arrows into them.
  const PHENOTYPE = new Set(['process', 'condition', 'outcome']);
  // Home mechanism: consecutive entities share one, so mechanisms are clusters.
  const home = entities.map((_, i) => Math.min(mechanismCount - 1, Math.floor((i / n) * mechanismCount)));

  // Preferential attachment: `ends` lists every entity once per relation end (plus once
  // for itself), so drawing uniformly from it picks entities in proportion to degree + 1.
  const ends = [];
  const phenotypeEnds = [];
  const relations = [];
  const seenPairs = new Set();
  const attach = (i, j) => {
    ends.push(i, j);
    if (PHENOTYPE.has(types[i])) phenotypeEnds.push(i);
    if (PHENOTYPE.has(types[j])) phenotypeEnds.push(j);
  };
  const addRelation = (a, b) => {
    if (a === b) return false;
    const type = weighted(RELATION_MIX);
    let source = a;
    let target = b;
    if (PHENOTYPE.has(types[a]) && !PHENOTYPE.has(types[b])) [source, target] = [b, a];
    else if (PHENOTYPE.has(types[a]) === PHENOTYPE.has(types[b]) && chance(0.5)) [source, target] = [b, a];
    const pair = `${source}>${target}`;
    if (seenPairs.has(pair)) return false;
    seenPairs.add(pair);
    const mechanism = mechanisms[home[Math.max(a, b)]];
    const therapies = mechanism.therapies.length > 1 && chance(0.5) ? [mechanism.therapies[0]] : mechanism.therapies;
    const refs = [1 + int(60)];
    if (chance(0.15)) refs.push(1 + int(60));
    const s = entities[source];
    const t = entities[target];
    const [verbEn, verbZh] = VERBS[type];
    const relation = {
      id: `r${relations.length + 1}-${type}`,
      source: s.id,
      target: t.id,
      type,
      therapies,
      mechanism: mechanism.id,
      references: [...new Set(refs)],
      evidence: {
        zh: `研究发现${s.label.zh ?? s.label.en}${verbZh}${t.label.zh ?? t.label.en}，促进肝癌转化治疗抵抗`,
        en: `${s.label.en} ${verbEn} ${t.label.en} in HCC cells, contributing to resistance to conversion therapy.`,
      },
      ownGroup: chance(0.2),
      section: mechanism.section,
    };
    if (NEUTRAL.has(type) && chance(0.4)) relation.sign = chance(0.7) ? 'positive' : 'negative';
    if (types[source] === 'gene' && chance(0.1)) {
      relation.sourceAlteration = pickOne(['mutation', 'high-expression', 'low-expression', 'loss', 'amplification']);
    }
    if (type === 'methylates' && chance(0.5)) relation.site = `R${10 + int(900)}`;
    relations.push(relation);
    attach(source, target);
    return true;
  };

  // Two seed entities, then each new entity links to ~2 earlier ones (Barabási–Albert, m≈2).
  addRelation(1, 0);
  const perEntity = 2;
  for (let i = 2; i < n; i++) {
    let added = 0;
    for (let tries = 0; added < perEntity && tries < 8; tries++) {
      // Outcomes and processes attract links from molecules; otherwise any hub.
      const pool = !PHENOTYPE.has(types[i]) && phenotypeEnds.length > 0 && chance(0.25) ? phenotypeEnds : ends;
      const j = chance(0.1) ? int(i) : pool[int(pool.length)];
      if (addRelation(i, j)) added++;
    }
  }

  return {
    description: `Synthetic knowledge base for the performance benchmark: ${n} entities, seed ${seed}.`,
    atlas: {
      title: { en: `Benchmark atlas (${n} entities)`, zh: `性能测试图谱（${n}个实体）` },
      citation: { en: `Synthetic data, seed ${seed}`, zh: `合成数据，种子 ${seed}` },
      filePrefix: `bench-${n}`,
    },
    therapies: THERAPIES.map((t) => ({
      id: t.id,
      kind: t.kind,
      label: { en: t.en, zh: t.zh },
      name: { en: t.name[0], zh: t.name[1] },
      ...(t.components ? { components: t.components } : {}),
      section: t.section,
    })),
    mechanisms,
    entities,
    relations,
    references,
  };
}
