/**
 * Every entity reads in Chinese in the Chinese UI: it has a Chinese label (label.zh) unless
 * its label is the same in both languages by nature.
 *
 * The rule, explicitly: a label is language-neutral when
 *   (a) no word in it looks like an English word: a word is a run of Latin letters, and it
 *       looks English when it has three or more letters, all lower case after the first
 *       ("fibronectin", "catenin", "Snail"; not "PRMT3", "HIF-1α", "mTOR", "cGAS", "miR",
 *       "FOLFOX", "m⁶A"), or
 *   (b) the review's own Chinese sentences (the relations' evidence.zh) write it just so,
 *       outside parentheses, where the English glosses stand: 上调Snail和Vimentin蛋白,
 *       分泌蛋白Elafin, lnc-OXAR, c-Met.
 * Anything else needs label.zh, in the review's wording where it has one (纤维连接蛋白 for
 * fibronectin). A Chinese label must itself be Chinese or language-neutral by the same rule.
 */
import { describe, expect, it } from 'vitest';
import { findGraphFiles, readSources } from '../../src/cli/files';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';

const { kb } = loadKnowledgeBase(readSources(findGraphFiles('graphs')));

const CHINESE = /[\u3400-\u9fff]/u;

/** The English-looking words of a label (rule a). */
function englishWords(label: string): string[] {
  return (label.match(/[A-Za-z]+/g) ?? []).filter((w) => /^[A-Za-z][a-z]{2,}$/.test(w));
}

/** Text with every parenthesised part removed, (…) and （…）, nested or not. */
function withoutParentheses(text: string): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/[(（][^()（）]*[)）]/gu, '');
  }
  return out;
}

const reviewChinese = kb.relations.map((r) => withoutParentheses(r.evidence.zh));

/** Whether the review's Chinese text writes this label as it is, not inside a longer Latin word (rule b). */
function writtenSoInChinese(label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'u');
  return reviewChinese.some((sentence) => pattern.test(sentence));
}

function languageNeutral(label: string): boolean {
  return englishWords(label).length === 0 || writtenSoInChinese(label);
}

describe('the rule for language-neutral labels', () => {
  it.each(['PRMT3', 'HIF-1α', 'mTOR', 'cGAS/STING', 'miR-130b-3p', 'FOLFOX', 'm⁶A', '14-3-3ζ', 'TKIs', 'CD8⁺'])(
    '%s is neutral by its letters',
    (label) => expect(englishWords(label)).toEqual([]),
  );

  it.each([
    ['fibronectin', ['fibronectin']],
    ['Wnt/β-catenin', ['Wnt', 'catenin']],
    ['E-cadherin', ['cadherin']],
    ['Snail', ['Snail']],
    ['CD8⁺ T cells', ['cells']],
  ])('%s has English-looking words', (label, words) => expect(englishWords(label)).toEqual(words));

  it('accepts a Latin name the review writes in its Chinese sentences, and no English gloss in parentheses', () => {
    expect(writtenSoInChinese('Elafin')).toBe(true);
    expect(writtenSoInChinese('Snail')).toBe(true);
    expect(writtenSoInChinese('fibronectin')).toBe(false);
    expect(writtenSoInChinese('epidermal growth factor receptor')).toBe(false);
  });
});

describe('Chinese labels in graphs/', () => {
  it('gives every entity whose label is not language-neutral a Chinese label', () => {
    const missing = kb.entities
      .filter((e) => !e.label.zh && !languageNeutral(e.label.en))
      .map((e) => `${e.id} (${e.label.en})`);
    expect(missing, "add label.zh to these entities, in the review's wording where it has one").toEqual([]);
  });

  it('writes every Chinese label in Chinese, or in a form neutral to language', () => {
    const english = kb.entities
      .filter((e) => e.label.zh && !CHINESE.test(e.label.zh) && !languageNeutral(e.label.zh))
      .map((e) => `${e.id}: ${e.label.zh}`);
    expect(english).toEqual([]);
  });
});
