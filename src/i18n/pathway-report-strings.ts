/**
 * The wording of an import report, in both languages: the readers return codes and
 * parameters (src/io/pathway/report-messages.ts), this says them. The app shows the
 * reader's language; the command line English. The file's own words (labels, ids, type
 * names such as "GeneProduct" or "mim-binding") are quoted as written in either language.
 */
import type { ImportStage } from '../io/pathway/pathway-import';
import type { EndProblem, ReportCode, ReportMessage, ReportParams, Suggestion } from '../io/pathway/report-messages';
import type { Language } from '../model/vocabulary';

type Renderers = { [C in ReportCode]: (params: ReportParams[C]) => string };

/** A position as the reader writes it ("line 42", a JSON path, "file"), in the language. */
export function positionText(position: string, language: Language): string {
  if (language === 'en') return position;
  const line = /^line (\d+)$/.exec(position);
  if (line) return `第 ${line[1]} 行`;
  return position === 'file' ? '整个文件' : position;
}

const STAGES_ZH: Record<ImportStage, string> = {
  'reading the file': '读取文件',
  'parsing XML': '解析 XML',
  'building the graph': '构建图',
  'checking the graph': '检查图',
  done: '完成',
};

/** What the reader is doing, in the language. */
export function stageText(stage: ImportStage, language: Language): string {
  return language === 'en' ? stage : STAGES_ZH[stage];
}

const q = (text: string) => `"${text}"`;
const qz = (text: string) => `“${text}”`;

const enRelation = (s: Suggestion) =>
  s.kind === 'alias'
    ? `an alias of ${s.symbol}`
    : `a previous symbol of ${s.symbol} and an alias of ${s.others.join(', ')}`;
const zhRelation = (s: Suggestion) =>
  s.kind === 'alias' ? `${s.symbol} 的别名` : `${s.symbol} 的曾用符号，也是 ${s.others.join('、')} 的别名`;

function enEnd(p: EndProblem): string {
  const end = `its ${p.end} end`;
  switch (p.kind) {
    case 'unconnected':
      return `${end} is not connected to any element (no GraphRef)`;
    case 'missing':
      return `${end} points at ${q(p.ref)}, which is no element of the file`;
    case 'drawing':
      return `${end} is a ${p.what}${p.label ? ` (${q(p.label)})` : ''}, not a node`;
    case 'anchor-nowhere':
      return `${end} is an anchor that leads nowhere`;
  }
}

function zhEnd(p: EndProblem): string {
  const end = p.end === 'source' ? '其起点' : '其终点';
  switch (p.kind) {
    case 'unconnected':
      return `${end}未连接任何元素（没有 GraphRef）`;
    case 'missing':
      return `${end}指向${qz(p.ref)}，文件中没有此元素`;
    case 'drawing':
      return `${end}是一个 ${p.what}${p.label ? `（${qz(p.label)}）` : ''}，而不是节点`;
    case 'anchor-nowhere':
      return `${end}是一个无处可通的锚点`;
  }
}

const enDrawn = (drawn?: string) => (drawn ? `, drawn as ${q(drawn)}` : '');
const zhDrawn = (drawn?: string) => (drawn ? `，绘作${qz(drawn)}` : '');

const en: Renderers = {
  'no-symbol-table': () =>
    'no HGNC symbol table given: gene labels were checked for the form of a symbol only, not resolved',
  'format-claimed': (p) => `this is ${p.detected}, not ${p.claimed}; read as ${p.detected}`,
  'format-by-name': (p) => `the file name says ${p.named}, but the content is ${p.detected}; read as ${p.detected}`,
  'not-a-symbol': (p) =>
    `${p.sourceType} label ${q(p.label)} is not a known HGNC symbol (approved, previous or alias); kept as type "other"`,
  'ambiguous-symbol': (p) =>
    `${p.sourceType} label ${q(p.label)} is ${p.via === 'previous' ? 'a previous symbol' : 'an alias'} of several genes (${p.candidates.join(', ')}); not applied: kept as ${q(p.label)}, type "other"`,
  'previous-applied': (p) => `previous symbol ${p.label} resolved to ${p.symbol}`,
  'alias-suggested': (p) =>
    `${p.sourceType} label ${q(p.label)} is ${enRelation(p)}; not applied: kept as ${q(p.label)}, type "other" (suggestion: ${p.symbol})`,
  'alias-applied': (p) =>
    `${p.sourceType} label ${q(p.label)} is ${enRelation(p)}; applied by choice: read as ${p.symbol}`,
  microrna: (p) => `${p.sourceType} ${q(p.label)} is a microRNA (${p.symbol}); typed "rna"`,
  'duplicate-id': (p) => `duplicate id ${q(p.key)} (first at ${p.first}); the later element is dropped`,
  'no-label': (p) => `${p.sourceType} has no label; labelled with its id ${q(p.label)}`,
  'drawn-twice': (p) => `${q(p.label)} is drawn more than once; merged into one entity with ${p.into}`,
  'undefined-group': (p) =>
    `node ${q(p.node)} names group ${q(p.group)}, which the file does not define; kept outside groups`,
  'duplicate-group-id': (p) => `duplicate id ${q(p.key)} (first at ${p.first}); the group is dropped`,
  'empty-group': (p) => `${p.sourceType} ${q(p.label)} has no members`,
  'duplicate-edge-id': (p) => `duplicate edge id ${q(p.key)} (first at ${p.first}); dropped`,
  'edge-to-missing': (p) =>
    `${p.sourceType} edge points at ${p.missing.map(q).join(' and ')}, which is no node of the file`,
  'self-loop': (p) => `${p.sourceType} edge from ${q(p.label)} to itself; the knowledge base holds no self-loops`,
  'unknown-interaction': (p) =>
    p.edges === 1
      ? `unknown interaction ${q(p.word)} on 1 edge; kept as "associated"`
      : `unknown interaction ${q(p.word)} on ${p.edges} edges (the first one here); kept as "associated"`,
  'unmapped-node-type': (p) => `${p.what} ${q(p.type)} is not one we map; kept as "other"`,
  'group-without-id': () => 'Group without an id (GroupId / elementId)',
  'datanode-without-id': (p) =>
    `DataNode ${q(p.label)} has no id (GraphId / elementId), so nothing can point at it; dropped`,
  'interaction-without-id': () => 'Interaction without an id (GraphId / elementId); named by its line',
  'interaction-ends': (p) => `Interaction ${p.arrowHead}: ${p.problems.map(enEnd).join('; ')}`,
  'unknown-arrowhead': (p) => `unknown arrowhead ${q(p.arrowHead)}; kept as "associated"`,
  'reversed-arrowhead': (p) => `arrowhead ${p.arrowHead} is on the first point; read from the last point to the first`,
  'anchor-end': (p) => `ends on an anchor of interaction ${p.interaction}; read as acting on that interaction's target`,
  'no-map': () => '<sbgn> holds no <map>; nothing to read',
  'glyph-without-id': (p) => `${p.cls || 'glyph'} without an id`,
  'glyph-not-entity': (p) => `${p.cls} glyph is not an entity; arcs to it are dropped`,
  'state-variables': (p) =>
    `state variable(s) ${p.states.join(', ')} of ${q(p.label)} not drawn; its forms share one entity`,
  'arc-without-ends': (p) => `${p.cls || 'arc'} without its source or target`,
  'arc-without-id': (p) => `${p.cls || 'arc'} without an id; named by its line`,
  'equivalence-arc': () => 'equivalence arc (to a tag or terminal of a submap) is not a relation',
  'unmapped-arc': (p) => `arc class ${q(p.cls)} is not a class we map`,
  'process-no-output': (p) => `${p.cls} ${p.id} has no output; its ${p.arcs} arc(s) lead nowhere`,
  'process-collapsed': (p) =>
    `${p.cls} ${p.id} is not an entity; read as ${p.relations.length} relation(s): ${p.relations.join(', ')}`,
  'node-without-id': (p) => `node without an ${q(p.field)}`,
  'edge-without-ends': (p) => `edge without its ${q(p.field)}, source "s" or target "t"`,
  'unnamed-node': (p) =>
    `node without a name (a drawing element: an anchor, label or shape${enDrawn(p.drawn)}); not an entity`,
  'edge-ends-unnamed': (p) =>
    `${p.word} edge ends on node ${p.node}, which has no name (an anchor, label or shape${enDrawn(p.drawn)}) and leads nowhere`,
  'edge-starts-unnamed': (p) =>
    `${p.word} edge starts on node ${p.node}, which has no name (an anchor, label or shape${enDrawn(p.drawn)}) and no named node leads to it`,
  'edges-joined': (p) =>
    `edges ${p.edges.join(' → ')} pass through unnamed point(s); joined into one ${p.word} edge to ${p.target}`,
  'two-fields': (p) => `${q(p.line)} has two fields; a SIF line is "source interaction target …" or a lone node`,
  legacy: (p) => p.message,
};

const zh: Renderers = {
  'no-symbol-table': () => '未提供 HGNC 基因符号表：基因标签只按符号的格式检查，未作解析',
  'format-claimed': (p) => `此文件是 ${p.detected}，不是 ${p.claimed}；已按 ${p.detected} 读取`,
  'format-by-name': (p) => `文件名表明是 ${p.named}，但内容是 ${p.detected}；已按 ${p.detected} 读取`,
  'not-a-symbol': (p) =>
    `${p.sourceType} 标签${qz(p.label)}不是已知的 HGNC 符号（批准符号、曾用符号或别名）；保留为“其他”类型`,
  'ambiguous-symbol': (p) =>
    `${p.sourceType} 标签${qz(p.label)}是多个基因（${p.candidates.join('、')}）的${p.via === 'previous' ? '曾用符号' : '别名'}；未采用：保留为${qz(p.label)}，类型为“其他”`,
  'previous-applied': (p) => `曾用符号 ${p.label} 已解析为 ${p.symbol}`,
  'alias-suggested': (p) =>
    `${p.sourceType} 标签${qz(p.label)}是 ${zhRelation(p)}；未采用：保留为${qz(p.label)}，类型为“其他”（建议：${p.symbol}）`,
  'alias-applied': (p) => `${p.sourceType} 标签${qz(p.label)}是 ${zhRelation(p)}；已按您的选择采用：读作 ${p.symbol}`,
  microrna: (p) => `${p.sourceType}${qz(p.label)}是微小 RNA（${p.symbol}）；类型设为“RNA”`,
  'duplicate-id': (p) => `重复的 id${qz(p.key)}（首次出现于${positionText(p.first, 'zh')}）；丢弃后出现的元素`,
  'no-label': (p) => `${p.sourceType} 没有标签；以其 id${qz(p.label)}作为标签`,
  'drawn-twice': (p) => `${qz(p.label)}被绘制了不止一次；已与 ${p.into} 合并为一个实体`,
  'undefined-group': (p) => `节点${qz(p.node)}引用了文件中未定义的组${qz(p.group)}；保留在组外`,
  'duplicate-group-id': (p) => `重复的 id${qz(p.key)}（首次出现于${positionText(p.first, 'zh')}）；丢弃该组`,
  'empty-group': (p) => `${p.sourceType}${qz(p.label)}没有成员`,
  'duplicate-edge-id': (p) => `重复的边 id${qz(p.key)}（首次出现于${positionText(p.first, 'zh')}）；已丢弃`,
  'edge-to-missing': (p) => `${p.sourceType} 边指向${p.missing.map(qz).join('和')}，文件中没有这样的节点`,
  'self-loop': (p) => `${p.sourceType} 边从${qz(p.label)}指向自身；知识库不含自环`,
  'unknown-interaction': (p) =>
    `未知的相互作用${qz(p.word)}，共 ${p.edges} 条边${p.edges > 1 ? '（此处为第一条）' : ''}；按“相关”保留`,
  'unmapped-node-type': (p) => `${p.what}${qz(p.type)}不在映射表中；保留为“其他”`,
  'group-without-id': () => 'Group 没有 id（GroupId / elementId）',
  'datanode-without-id': (p) => `DataNode${qz(p.label)}没有 id（GraphId / elementId），无法被引用；已丢弃`,
  'interaction-without-id': () => 'Interaction 没有 id（GraphId / elementId）；以其行号命名',
  'interaction-ends': (p) => `Interaction ${p.arrowHead}：${p.problems.map(zhEnd).join('；')}`,
  'unknown-arrowhead': (p) => `未知的箭头${qz(p.arrowHead)}；按“相关”保留`,
  'reversed-arrowhead': (p) => `箭头 ${p.arrowHead} 位于第一个点；按从最后一个点到第一个点的方向读取`,
  'anchor-end': (p) => `端点位于相互作用 ${p.interaction} 的锚点上；读作作用于该相互作用的目标`,
  'no-map': () => '<sbgn> 中没有 <map>；无内容可读',
  'glyph-without-id': (p) => `${p.cls || 'glyph'} 没有 id`,
  'glyph-not-entity': (p) => `${p.cls} 图元不是实体；指向它的弧已丢弃`,
  'state-variables': (p) => `${qz(p.label)}的状态变量 ${p.states.join('、')} 未绘出；其各种形式共用一个实体`,
  'arc-without-ends': (p) => `${p.cls || 'arc'} 缺少起点或终点`,
  'arc-without-id': (p) => `${p.cls || 'arc'} 没有 id；以其行号命名`,
  'equivalence-arc': () => '等价弧（指向子图的标签或端点）不是关系',
  'unmapped-arc': (p) => `弧的类别${qz(p.cls)}不在映射表中`,
  'process-no-output': (p) => `${p.cls} ${p.id} 没有输出；其 ${p.arcs} 条弧无处可通`,
  'process-collapsed': (p) => `${p.cls} ${p.id} 不是实体；读作 ${p.relations.length} 条关系：${p.relations.join('、')}`,
  'node-without-id': (p) => `节点缺少${qz(p.field)}`,
  'edge-without-ends': (p) => `边缺少${qz(p.field)}、起点“s”或终点“t”`,
  'unnamed-node': (p) => `没有名称的节点（绘图元素：锚点、标签或形状${zhDrawn(p.drawn)}）；不是实体`,
  'edge-ends-unnamed': (p) =>
    `${p.word} 边终止于节点 ${p.node}，该节点没有名称（锚点、标签或形状${zhDrawn(p.drawn)}），且无处可通`,
  'edge-starts-unnamed': (p) =>
    `${p.word} 边起始于节点 ${p.node}，该节点没有名称（锚点、标签或形状${zhDrawn(p.drawn)}），且没有有名称的节点通向它`,
  'edges-joined': (p) => `边 ${p.edges.join(' → ')} 经过无名称的点；合并为一条指向 ${p.target} 的 ${p.word} 边`,
  'two-fields': (p) => `${qz(p.line)}只有两个字段；SIF 的一行应为“源 相互作用 目标 …”或单独一个节点`,
  // An earlier version stored English sentences only.
  legacy: (p) => p.message,
};

const RENDERERS: Record<Language, Renderers> = { en, zh };

/** What an entry (or a format note) says, in `language`. */
export function reportText(message: ReportMessage, language: Language): string {
  // Each code's renderer takes that code's parameters; the union is matched by the code.
  const render = RENDERERS[language][message.code] as (params: ReportMessage['params']) => string;
  // Parameters of another shape (a damaged stored entry) are said as data rather than not at all.
  const asData = () => `${message.code} ${JSON.stringify(message.params)}`;
  try {
    const text: unknown = render(message.params);
    return typeof text === 'string' ? text : asData();
  } catch {
    return asData();
  }
}
