/**
 * Language-aware reading of knowledge-base records: labels, names, relation sentences
 * and citations, as plain strings (the UI renders them as text, never as HTML).
 */
import type { KnowledgeBase } from './knowledge-base';
import type { Entity, Reference, Relation, Text } from './schema';
import { type Language, RELATION_TYPE_INFO } from './vocabulary';

export function pick(text: Text | undefined, language: Language): string {
  if (!text) return '';
  return language === 'zh' ? (text.zh ?? text.en) : text.en;
}

export function entityLabel(entity: Entity, language: Language): string {
  return pick(entity.label, language);
}

/** "PRMT3 methylates IGF2BP1 (at R452)", "HIF-1α 激活 AMPK". */
export function relationSentence(kb: KnowledgeBase, relation: Relation, language: Language): string {
  const source = kb.entityById.get(relation.source);
  const target = kb.entityById.get(relation.target);
  const s = source ? entityLabel(source, language) : relation.source;
  const t = target ? entityLabel(target, language) : relation.target;
  const verb = RELATION_TYPE_INFO[relation.type].verb[language];
  const alteration = relation.sourceAlteration
    ? language === 'zh'
      ? ALTERATION_ZH[relation.sourceAlteration]
      : ` ${relation.sourceAlteration.replace('-', ' ')}`
    : '';
  const site = relation.site ? (language === 'zh' ? `（${relation.site}位点）` : ` at ${relation.site}`) : '';
  return language === 'zh' ? `${s}${alteration} ${verb} ${t}${site}` : `${s}${alteration} ${verb} ${t}${site}`;
}

const ALTERATION_ZH: Record<string, string> = {
  mutation: '突变',
  'high-expression': '高表达',
  'low-expression': '低表达',
  loss: '缺失',
  amplification: '扩增',
};

/** "[3-5]", "[8, 12]": reference numbers as the review prints them. */
export function citationMarks(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j;
  }
  return `[${parts.join(', ')}]`;
}

/** A full citation in the review's own style (GB/T 7714). */
export function formatReference(reference: Reference): string {
  const authors = `${reference.authors.join(', ')}${reference.etAl ? ', et al' : ''}`;
  const where = [reference.journal, reference.publisher].filter(Boolean).join(', ');
  let tail = `${reference.year}`;
  if (reference.volume) tail += `, ${reference.volume}`;
  if (reference.issue) tail += `(${reference.issue})`;
  if (reference.pages) tail += `: ${reference.pages}`;
  const url = reference.url ? ` ${reference.url}` : '';
  return `[${reference.number}] ${authors}. ${reference.title} [${reference.kind}]. ${where ? `${where}, ` : ''}${tail}.${url}`;
}
