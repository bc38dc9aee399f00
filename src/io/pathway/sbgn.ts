/**
 * SBGN-ML (libsbgn 0.2 and 0.3), Process Description and Activity Flow maps. A PD process
 * is not an entity of ours: it is read as relations between what it consumes and what it
 * produces, and what modulates it acts on its products. AF logical operators are read the
 * same way (their inputs act on what the operator points at).
 *
 * | SBGN glyph (class)                                      | ours                              |
 * |---------------------------------------------------------|-----------------------------------|
 * | macromolecule, nucleic acid feature (+ multimer), biological activity | gene (label resolved; else other) |
 * | simple chemical (+ multimer)                            | metabolite                        |
 * | complex (+ multimer)                                    | complex, its nested glyphs members (forms-complex) |
 * | compartment                                             | a group (mechanism frame); members by compartmentRef |
 * | phenotype                                               | process                           |
 * | submap                                                  | pathway                           |
 * | unspecified entity, perturbing agent, perturbation      | other                             |
 * | state variable                                          | kept as an alias of its glyph (reported); the forms share one entity |
 * | unit of information                                     | skipped                           |
 * | process, omitted/uncertain process                      | collapsed: each input `converts-to` each output |
 * | association                                             | collapsed: each input `forms-complex` with the output |
 * | dissociation                                            | collapsed: each output `part-of` the input |
 * | and, or, not (AF); and, or, not (PD logic)              | collapsed: each input acts on the operator's targets (`not` turns the sign) |
 * | source and sink, tag, terminal                          | dropped (reported); arcs to them too |
 *
 * | SBGN arc (class)                                        | relation type                     |
 * |---------------------------------------------------------|-----------------------------------|
 * | consumption / production                                | an input / output of its process  |
 * | catalysis                                               | promotes (catalyst → products)    |
 * | stimulation, necessary stimulation, absolute stimulation, positive influence | activates |
 * | inhibition, absolute inhibition, negative influence     | inhibits                          |
 * | modulation, unknown influence                           | associated                        |
 * | logic arc                                               | an input of its operator          |
 * | equivalence arc                                         | dropped (reported)                |
 */
import type { EntityType, RelationType } from '../../model/vocabulary';
import type { ReportEntry } from './pathway-import';
import { type ReportMessage, reportMessage } from './report-messages';
import { cleanLabel, type SourceEdge, type SourceGraph, type SourceGroup, type SourceNode } from './source-graph';
import { childrenNamed, type XmlElement } from './xml-tree';

const ENTITY_CLASSES: Record<string, EntityType> = {
  macromolecule: 'gene',
  'macromolecule multimer': 'gene',
  'nucleic acid feature': 'gene',
  'nucleic acid feature multimer': 'gene',
  'biological activity': 'gene',
  'simple chemical': 'metabolite',
  'simple chemical multimer': 'metabolite',
  phenotype: 'process',
  submap: 'pathway',
  'unspecified entity': 'other',
  'perturbing agent': 'other',
  perturbation: 'other',
};
const COMPLEX_CLASSES = new Set(['complex', 'complex multimer']);
const PROCESS_CLASSES = new Set(['process', 'omitted process', 'uncertain process', 'association', 'dissociation']);
const OPERATOR_CLASSES = new Set(['and', 'or', 'not', 'delay']);
const DROPPED_CLASSES = new Set(['source and sink', 'tag', 'terminal']);
const ANNOTATION_CLASSES = new Set([
  'state variable',
  'unit of information',
  'cardinality',
  'existence',
  'location',
  'entity',
  'outcome',
  'interaction',
  'annotation',
]);

const MODULATIONS: Record<string, RelationType> = {
  catalysis: 'promotes',
  stimulation: 'activates',
  'necessary stimulation': 'activates',
  'absolute stimulation': 'activates',
  'positive influence': 'activates',
  inhibition: 'inhibits',
  'absolute inhibition': 'inhibits',
  'negative influence': 'inhibits',
  modulation: 'associated',
  'unknown influence': 'associated',
};

const OPPOSITE: Partial<Record<RelationType, RelationType>> = {
  activates: 'inhibits',
  promotes: 'inhibits',
  inhibits: 'activates',
};

interface Arc {
  id: string;
  cls: string;
  source: string;
  target: string;
  line: number;
}

export function readSbgn(root: XmlElement): SourceGraph {
  const report: ReportEntry[] = [];
  const note = (line: number, element: string | undefined, action: ReportEntry['action'], message: ReportMessage) =>
    report.push({ position: `line ${line}`, ...(element ? { element } : {}), action, ...message });
  const ns = /libsbgn\/([\d.]+)/.exec(root.namespace ?? '')?.[1];
  const map = childrenNamed(root, 'map')[0];
  if (!map) {
    return {
      format: 'sbgn',
      version: `SBGN-ML ${ns ?? ''}`.trim(),
      nodes: [],
      edges: [],
      groups: [],
      report: [{ position: `line ${root.line}`, action: 'dropped', ...reportMessage('no-map', {}) }],
    };
  }
  const language = map.attributes.language ?? /sbgn\.(pd|af|er)/i.exec(map.attributes.version ?? '')?.[1] ?? '';
  const languageName = /^(pd|process)/i.test(language)
    ? 'PD'
    : /^(af|activity)/i.test(language)
      ? 'AF'
      : language || 'unknown language';
  const version = `SBGN-ML ${ns ?? ''} ${languageName}`.replace(/\s+/g, ' ').trim();

  const nodes: SourceNode[] = [];
  const groups: SourceGroup[] = [];
  const classOf = new Map<string, string>();
  const glyphOfPort = new Map<string, string>();
  const labelOf = new Map<string, string>();

  /** Walks glyphs (iteratively: nesting depth is the file's), with the complex they are nested in. */
  const pending: Array<{ glyph: XmlElement; parent?: string }> = childrenNamed(map, 'glyph')
    .reverse()
    .map((glyph) => ({ glyph }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { glyph, parent } = next;
    const cls = (glyph.attributes.class ?? '').toLowerCase();
    const id = glyph.attributes.id;
    const label = cleanLabel(childrenNamed(glyph, 'label')[0]?.attributes.text);
    if (!id) {
      if (!ANNOTATION_CLASSES.has(cls))
        note(glyph.line, label || undefined, 'dropped', reportMessage('glyph-without-id', { cls }));
      continue;
    }
    classOf.set(id, cls);
    labelOf.set(id, label);
    for (const port of childrenNamed(glyph, 'port')) if (port.attributes.id) glyphOfPort.set(port.attributes.id, id);
    const group = parent ?? glyph.attributes.compartmentRef;
    const inner = childrenNamed(glyph, 'glyph');
    const states = inner.filter((g) => (g.attributes.class ?? '').toLowerCase() === 'state variable');
    const aliases = states.flatMap((s) => {
      const state = childrenNamed(s, 'state')[0]?.attributes;
      const text = state
        ? [state.value, state.variable].filter(Boolean).join('@')
        : cleanLabel(childrenNamed(s, 'label')[0]?.attributes.text);
      return text ? [text] : [];
    });
    if (COMPLEX_CLASSES.has(cls) || cls === 'compartment') {
      // For the report: a complex without a label is named by its members ("complex of IGF, IGFR").
      const parts = inner.map((g) => cleanLabel(childrenNamed(g, 'label')[0]?.attributes.text)).filter(Boolean);
      if (!label && parts.length > 0) labelOf.set(id, `${cls} of ${parts.join(', ')}`);
      groups.push({
        key: id,
        ...(label ? { label } : {}),
        sourceType: cls,
        complex: cls !== 'compartment',
        position: `line ${glyph.line}`,
        ...(group ? { group } : {}),
      });
      for (const child of inner.reverse())
        pending.push({ glyph: child, parent: cls === 'compartment' ? undefined : id });
      continue;
    }
    if (PROCESS_CLASSES.has(cls) || OPERATOR_CLASSES.has(cls)) continue;
    if (DROPPED_CLASSES.has(cls)) {
      note(glyph.line, id, 'dropped', reportMessage('glyph-not-entity', { cls }));
      continue;
    }
    if (ANNOTATION_CLASSES.has(cls)) continue;
    const type = ENTITY_CLASSES[cls];
    if (!type) note(glyph.line, id, 'changed', reportMessage('unmapped-node-type', { what: 'glyph class', type: cls }));
    if (aliases.length > 0) {
      note(glyph.line, id, 'changed', reportMessage('state-variables', { states: aliases, label }));
    }
    nodes.push({
      key: id,
      label,
      sourceType: cls,
      type: type ?? 'other',
      position: `line ${glyph.line}`,
      ...(group ? { group } : {}),
    });
  }

  const arcs: Arc[] = [];
  for (const arc of childrenNamed(map, 'arc')) {
    const { id, source, target } = arc.attributes;
    const cls = (arc.attributes.class ?? '').toLowerCase();
    if (!source || !target) {
      note(arc.line, id, 'dropped', reportMessage('arc-without-ends', { cls }));
      continue;
    }
    if (!id) note(arc.line, undefined, 'kept', reportMessage('arc-without-id', { cls }));
    const end = (ref: string) => glyphOfPort.get(ref) ?? ref;
    arcs.push({ id: id ?? `arc at line ${arc.line}`, cls, source: end(source), target: end(target), line: arc.line });
  }

  const edges: SourceEdge[] = [];
  const isJunction = (id: string) => {
    const cls = classOf.get(id) ?? '';
    return PROCESS_CLASSES.has(cls) || OPERATOR_CLASSES.has(cls);
  };
  const inputs = new Map<string, Arc[]>();
  const outputs = new Map<string, Arc[]>();
  const modulators = new Map<string, Arc[]>();
  const push = (map: Map<string, Arc[]>, key: string, arc: Arc) => map.set(key, [...(map.get(key) ?? []), arc]);
  for (const arc of arcs) {
    if (arc.cls === 'equivalence arc') {
      note(arc.line, arc.id, 'dropped', reportMessage('equivalence-arc', {}));
      continue;
    }
    if (arc.cls === 'consumption' || arc.cls === 'logic arc') push(inputs, arc.target, arc);
    else if (arc.cls === 'production') push(outputs, arc.source, arc);
    else if (MODULATIONS[arc.cls]) {
      if (isJunction(arc.target)) push(modulators, arc.target, arc);
      else if (isJunction(arc.source)) push(outputs, arc.source, arc);
      else
        edges.push({
          key: arc.id,
          source: arc.source,
          target: arc.target,
          sourceType: arc.cls,
          type: MODULATIONS[arc.cls],
          position: `line ${arc.line}`,
        });
    } else {
      note(arc.line, arc.id, 'dropped', reportMessage('unmapped-arc', { cls: arc.cls }));
    }
  }

  const junctions = [...classOf].filter(([id]) => isJunction(id));
  for (const [id, cls] of junctions) {
    // A "source and sink" input is synthesis from nothing: no input entity.
    const ins = (inputs.get(id) ?? []).filter(
      (a) => !isJunction(a.source) && !DROPPED_CLASSES.has(classOf.get(a.source) ?? ''),
    );
    const outs = (outputs.get(id) ?? []).filter((a) => !isJunction(a.target));
    const mods = (modulators.get(id) ?? []).filter((a) => !isJunction(a.source));
    const line = ins[0]?.line ?? outs[0]?.line ?? 0;
    const made: string[] = [];
    const name = (glyph: string) => labelOf.get(glyph) || glyph;
    if (outs.length === 0) {
      if (ins.length + mods.length > 0)
        note(line, id, 'dropped', reportMessage('process-no-output', { cls, id, arcs: ins.length + mods.length }));
      continue;
    }
    // Small molecules turn into small molecules (ATP → ADP), the rest into the rest (RAS → RAS·GTP):
    // an input is paired with the outputs of its own kind when there are any.
    const small = (glyph: string) => ENTITY_CLASSES[classOf.get(glyph) ?? ''] === 'metabolite';
    const partners = (input: Arc) => {
      const alike = outs.filter((o) => small(o.target) === small(input.source));
      return alike.length > 0 ? alike : outs;
    };
    for (const out of outs) {
      if (OPERATOR_CLASSES.has(cls)) {
        // An operator's output arc carries the influence; its inputs exert it.
        const type = MODULATIONS[out.cls] ?? 'associated';
        const exerted = cls === 'not' ? (OPPOSITE[type] ?? type) : type;
        for (const input of ins) {
          edges.push({
            key: `${input.id}+${out.id}`,
            source: input.source,
            target: out.target,
            sourceType: `${cls} ${out.cls}`,
            type: exerted,
            position: `line ${input.line}`,
          });
          made.push(`${name(input.source)} → ${name(out.target)}`);
        }
        continue;
      }
      for (const input of ins) {
        if (cls !== 'association' && cls !== 'dissociation' && !partners(input).includes(out)) continue;
        const [source, target, type]: [string, string, RelationType] =
          cls === 'association'
            ? [input.source, out.target, 'forms-complex']
            : cls === 'dissociation'
              ? [out.target, input.source, 'part-of']
              : [input.source, out.target, 'converts-to'];
        edges.push({
          key: `${input.id}+${out.id}`,
          source,
          target,
          sourceType: `${cls} (${input.cls}, ${out.cls})`,
          type,
          position: `line ${input.line}`,
        });
        made.push(`${name(source)} → ${name(target)}`);
      }
      // What modulates a process acts on its main products, not on the small molecules it releases.
      const main = outs.filter((o) => !small(o.target));
      if (main.length > 0 && !main.includes(out)) continue;
      for (const mod of mods) {
        edges.push({
          key: `${mod.id}+${out.id}`,
          source: mod.source,
          target: out.target,
          sourceType: `${mod.cls} of ${cls}`,
          type: MODULATIONS[mod.cls] ?? 'associated',
          position: `line ${mod.line}`,
        });
        made.push(`${name(mod.source)} → ${name(out.target)}`);
      }
    }
    note(line, id, 'changed', reportMessage('process-collapsed', { cls, id, relations: made }));
  }

  // SBGN-ML has no title of its own: the builder names the pathway after the file.
  return { format: 'sbgn', version, nodes, edges, groups, report };
}
