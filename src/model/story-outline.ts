/**
 * A story as a plain-text outline a lecturer can paste into slides: title, summary, one
 * numbered line per step with its caption and citation marks (or the note that the review
 * cites no source for it), then the full references.
 */
import { citationSuffix } from './citation';
import type { KnowledgeBase } from './knowledge-base';
import type { Story } from './story';
import { formatReference, pick } from './text';
import type { Language } from './vocabulary';

export function storyOutline(story: Story, kb: KnowledgeBase, language: Language): string {
  const lines = [pick(story.title, language)];
  if (story.summary) lines.push('', pick(story.summary, language));
  lines.push('');
  story.steps.forEach((step, i) => {
    // An uncited step says so, rather than printing no marks at all.
    lines.push(`${i + 1}. ${pick(step.caption, language)}${citationSuffix(step, language)}`);
  });
  const cited = [...new Set(story.steps.flatMap((s) => s.references))].sort((a, b) => a - b);
  if (cited.length > 0) {
    lines.push('', language === 'zh' ? '参考文献' : 'References');
    for (const n of cited) {
      const reference = kb.referenceByNumber.get(n);
      if (reference) lines.push(formatReference(reference));
    }
  }
  lines.push('', `${language === 'zh' ? '资料来源：' : 'Source: '}${pick(kb.atlas.citation, language)}`);
  return `${lines.join('\n')}\n`;
}
