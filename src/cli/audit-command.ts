/**
 * `graph audit --review FILE`: checks every relation's references against the citation
 * marks the review prints for the relation's sentence (see src/model/citation-audit.ts).
 * Exit 1 on a borrowed reference, an uncited relation whose clause has a mark, evidence
 * that is not in the review, or a hedge the relation drops; `--all` also prints what a
 * curator should look at but that is not wrong by itself.
 */
import { AUDIT_ERRORS, auditRecords, readReview } from '../model/citation-audit';
import { readSource, UsageError } from './files';
import { loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

export function runAudit(options: Options): number {
  if (!options.review)
    throw new UsageError('audit needs --review FILE (the review as Markdown with <sup>[n]</sup> marks)');
  // Read as graph files are: a regular file only (a pipe would block), strict UTF-8.
  const source = readSource(options.review);
  if (source.unreadable)
    throw new UsageError(`cannot read the review "${options.review}": ${source.unreadable.message}`);
  const markdown = source.text;
  const kb = loadCleanKnowledgeBase(options.graphs);
  const review = readReview(markdown);
  if (review.sentences.length === 0) throw new UsageError(`"${options.review}" has no prose sentences ending in 。`);
  const { audits, errors, findings } = auditRecords(review, kb.relations);
  const shown = options.all ? findings : errors;
  for (const f of shown) {
    const level = AUDIT_ERRORS.includes(f.kind) ? 'error' : 'note';
    process.stdout.write(`${f.id}: ${level} ${f.kind}: ${f.message}\n`);
    if (options.all) {
      const audit = audits.find((a) => a.id === f.id);
      if (audit?.sentence) process.stdout.write(`    ${audit.sentence}\n`);
    }
  }
  const uncited = kb.relations.filter((r) => r.citation === 'uncited').length;
  const suggested = kb.relations.filter((r) => r.certainty === 'suggested').length;
  process.stdout.write(
    `${kb.relations.length} relations audited against ${review.sentences.length} sentences: ` +
      `${kb.relations.length - uncited} cited, ${uncited} uncited, ${suggested} suggested; ` +
      `${errors.length} error(s), ${findings.length - errors.length} note(s)\n`,
  );
  return errors.length > 0 ? 1 : 0;
}
