import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeBasePlugin } from '../../scripts/vite-knowledge-base';
import { indexKnowledgeBase } from '../../src/model/knowledge-base';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const context = {
  addWatchFile() {},
  error(message: string) {
    throw new Error(message);
  },
};

function load(dir: string, command: 'build' | 'serve') {
  const plugin = knowledgeBasePlugin(dir);
  (plugin.configResolved as Hook).call(context, { command });
  const code = (plugin.load as Hook).call(context, '\0virtual:knowledge-base') as string;
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
}

describe('the build-time knowledge base', () => {
  it('ships the validated graphs and stories as plain data the app can index', () => {
    const data = load('graphs', 'build');
    expect(data.problems).toEqual([]);
    const kb = indexKnowledgeBase(data.kb);
    expect(kb.entityById.get('hif1a')?.symbol).toBe('HIF1A');
    expect(kb.relations.length).toBeGreaterThan(200);
    expect(data.stories.length).toBeGreaterThan(10);
  });

  it('fails a build on an invalid graph, listing every problem; the dev server passes them on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    mkdirSync(join(dir, 'stories'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ entities: [{ id: 'X', type: 'cell', label: { en: 'x' } }] }));
    expect(() => load(dir, 'build')).toThrow(
      /has errors:\n.*bad\.json:1:\d+: error: \$\.entities\[0\]\.id: must be lower-case/,
    );
    expect(load(dir, 'serve').problems).toHaveLength(1);
  });
});
