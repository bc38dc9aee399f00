import { sharedEntities } from '../model/query';
import { MECHANISM_CATEGORIES } from '../model/vocabulary';
import { loadCleanKnowledgeBase } from './load';
import type { Options } from './main';

function table(rows: Array<Array<string | number>>): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => String(cell).padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function runStats(options: Options): number {
  const kb = loadCleanKnowledgeBase(options.graphs);
  const out: string[] = [];
  out.push(
    `${kb.entities.length} entities, ${kb.relations.length} relations, ${kb.mechanisms.length} mechanisms, ` +
      `${kb.references.length} references\n`,
  );

  const perTherapy = kb.therapies.map((t) => {
    const relations = kb.relations.filter((r) => r.therapies.includes(t.id));
    const entities = new Set(relations.flatMap((r) => [r.source, r.target]));
    return [t.id, entities.size, relations.length, relations.filter((r) => r.ownGroup).length];
  });
  out.push('Per therapy', table([['therapy', 'entities', 'relations', 'own group'], ...perTherapy]), '');

  const types = new Map<string, number>();
  for (const e of kb.entities) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  out.push('Per entity type', table([['type', 'entities'], ...[...types].sort((a, b) => b[1] - a[1])]), '');

  const perCategory = MECHANISM_CATEGORIES.map((c) => {
    const mechanisms = kb.mechanisms.filter((m) => m.category === c).map((m) => m.id);
    return [c, mechanisms.length, kb.relations.filter((r) => mechanisms.includes(r.mechanism)).length];
  });
  out.push('Per mechanism category', table([['category', 'mechanisms', 'relations'], ...perCategory]), '');

  const singles = kb.therapies.filter((t) => t.kind !== 'combination').map((t) => t.id);
  const shared = sharedEntities(kb, singles);
  out.push(`Entities shared between single therapies (${singles.join(', ')})`);
  out.push(
    table([
      ['entity', 'label', 'type', 'therapies'],
      ...shared.map((s) => [s.entity.id, s.entity.label.en, s.entity.type, s.therapies.join(', ')]),
    ]),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
