/**
 * The app's pathway actions (src/app/pathways/pathway-session.ts) on a real store and the
 * pure reader: an opened file becomes a view, chosen beside the current ones, with its
 * report open, a notice with its counts, and an entry in the browser's store; a file that
 * cannot be read changes nothing and raises an error notice naming the file and the
 * reason; rename and remove keep the store, the therapy choice and the selection
 * consistent (a second import of the same file name is renumbered, and moves back when the
 * first goes); a removal offers Undo, which puts the pathway back where it was, chosen as
 * before and in the browser's store; each pathway keeps its colour as others come and go;
 * reading the kept file again with alias suggestions applied keeps the result and says so.
 * The derived knowledge base (withPathways) names views as the person named them.
 */
import { describe, expect, it, vi } from 'vitest';
import { withPathways } from '../../src/app/derive/pathways';
import { colourOf, createPathwaySession } from '../../src/app/pathways/pathway-session';
import { importPathway } from '../../src/io/pathway/import-pathway';
import { PathwayImportError } from '../../src/io/pathway/pathway-import';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import type { SymbolMatch, SymbolResolver } from '../../src/model/symbol-resolver';
import type { PathwayStore, StoredPathway } from '../../src/store/pathway-store';
import { createAppStore } from '../../src/store/store';

const atlas = loadKnowledgeBase([
  {
    file: 'atlas.json',
    text: JSON.stringify({
      therapies: [{ id: 'tace', kind: 'locoregional', label: { en: 'TACE', zh: 'TACE' }, name: { en: 'T', zh: 'T' } }],
      mechanisms: [{ id: 'm', category: 'signalling', title: { en: 'M', zh: 'M' }, therapies: ['tace'], section: '1' }],
      entities: [
        { id: 'hif1a', type: 'gene', label: { en: 'HIF-1α' }, symbol: 'HIF1A' },
        { id: 'vegfa', type: 'gene', label: { en: 'VEGF' }, symbol: 'VEGFA' },
      ],
      relations: [
        {
          id: 'r1',
          source: 'hif1a',
          target: 'vegfa',
          type: 'activates',
          therapies: ['tace'],
          mechanism: 'm',
          references: [],
          citation: 'uncited',
          evidence: { en: 'e', zh: 'e' },
          section: '1',
        },
      ],
    }),
  },
]).kb;

/** A PathwayStore over a Map (its own behaviour is tested in pathway-store.test.ts). */
function memoryStore(): PathwayStore & { data: Map<string, StoredPathway> } {
  const data = new Map<string, StoredPathway>();
  return {
    data,
    persistent: true,
    list: async () => [...data.values()],
    save: async (p) => {
      data.set(p.key, p);
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

const file = (name: string, text: string) => new File([text], name);
const SIF = 'HIF1A\t1\tVEGFA\nHIF1A\t1\tEPO\n';

/** HGNC as far as these files need it: ERK is EPHB2's previous symbol and MAPK1's alias. */
const resolver: SymbolResolver = {
  source: 'test',
  resolve(identifier): SymbolMatch {
    const key = identifier.toUpperCase();
    if (['HIF1A', 'VEGFA', 'EPO', 'TP53'].includes(key)) return { kind: 'approved', symbol: key, from: identifier };
    if (key === 'ERK') return { kind: 'previous', symbol: 'EPHB2', from: identifier, aliasOf: ['MAPK1'] };
    if (key === 'VEGF') return { kind: 'alias', symbol: 'VEGFA', from: identifier };
    return { kind: 'unknown', from: identifier };
  },
};

function setup() {
  const store = createAppStore({ therapies: ['tace'] }, { panels: { left: false, right: false, legend: false } });
  const pathways = memoryStore();
  let n = 0;
  const session = createPathwaySession({
    store,
    base: atlas,
    pathways,
    // The worker runs the same pure reader; here it runs on the spot.
    read: (f, _progress, options = {}) => ({
      result: f.text().then((text) => importPathway(text, { fileName: f.name, resolver, ...options })),
      cancel: () => {},
    }),
    now: () => new Date(Date.UTC(2026, 11, 1, 0, n)),
    newKey: () => `key${++n}`,
  });
  return { store, pathways, session };
}

describe('opening a pathway file', () => {
  it('adds a view chosen beside the current one, opens its report, says what was read and keeps it', async () => {
    const { store, pathways, session } = setup();
    await session.open(file('hif.sif', SIF));
    const s = store.getState();
    expect(s.pathways.map((p) => p.key)).toEqual(['key1']);
    expect(s.therapies).toEqual(['tace', 'hif']);
    expect(s.pathwayReport).toBe('key1');
    expect(s.pathwayProgress).toBeNull();
    // SIF above: 3 genes, 2 relations; a SIF has no title, so the view is named after the file.
    expect(s.notices.at(-1)?.en).toMatch(/^Opened hif\.sif as “hif.sif”: 3 entities, 2 relations, \d+ report entries/);
    expect([...pathways.data.keys()]).toEqual(['key1']);
    // The drawn knowledge base: HIF1A and VEGFA are the atlas's entities, EPO is the pathway's own.
    const kb = withPathways(atlas, s.pathways).kb;
    const own = kb.relations.filter((r) => r.therapies.includes('hif'));
    expect(own.map((r) => [r.source, r.target])).toEqual([
      ['hif1a', 'vegfa'],
      ['hif1a', 'hif-epo'],
    ]);
  });

  it('changes nothing when the file cannot be read, and names the file and the reason', async () => {
    const { store, pathways, session } = setup();
    const before = store.getState();
    await session.open(file('error.gpml', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'));
    const s = store.getState();
    expect(s.pathways).toBe(before.pathways);
    expect(s.therapies).toBe(before.therapies);
    expect(s.pathwayReport).toBeNull();
    expect(s.pathwayProgress).toBeNull();
    const notice = s.notices.at(-1);
    expect(notice?.level).toBe('error');
    expect(notice?.en).toContain('Could not open error.gpml: error.gpml is an HTML page');
    expect(notice?.en).toContain('the view is unchanged');
    expect(notice?.zh).toContain('无法打开 error.gpml');
    expect(pathways.data.size).toBe(0);
  });

  it('reports a reader refusal passed on from the worker as it is', async () => {
    const store = createAppStore({}, { panels: { left: false, right: false, legend: false } });
    const session = createPathwaySession({
      store,
      base: atlas,
      pathways: memoryStore(),
      read: (f) => ({
        result: Promise.reject(
          new PathwayImportError(`${f.name} is 51.0 MB; pathway files up to 50.0 MB are read`, f.name),
        ),
        cancel: () => {},
      }),
    });
    await session.open(file('huge.cyjs', '{}'));
    expect(store.getState().notices.at(-1)?.en).toBe(
      'Could not open huge.cyjs: huge.cyjs is 51.0 MB; pathway files up to 50.0 MB are read. Nothing was imported; the view is unchanged.',
    );
  });
});

describe('renaming and removing', () => {
  it('renames the view (kept in the store) and ignores an empty name', async () => {
    const { store, pathways, session } = setup();
    await session.open(file('hif.sif', SIF));
    await session.rename('key1', '  HIF targets  ');
    expect(store.getState().pathways[0].name).toBe('HIF targets');
    expect(pathways.data.get('key1')?.name).toBe('HIF targets');
    expect(withPathways(atlas, store.getState().pathways).kb.therapyById.get('hif')?.label).toEqual({
      en: 'HIF targets',
      zh: 'HIF targets',
    });
    await session.rename('key1', '   ');
    expect(store.getState().pathways[0].name).toBe('HIF targets');
  });

  it('renumbers a second import of the same file name, and keeps the choice right when the first is removed', async () => {
    const { store, pathways, session } = setup();
    await session.open(file('hif.sif', SIF));
    await session.open(file('hif.sif', 'HIF1A\t-1\tEPO\n'));
    const views = withPathways(atlas, store.getState().pathways).viewOf;
    expect([...views.values()]).toEqual(['hif', 'hif-2']);
    expect(store.getState().therapies).toEqual(['tace', 'hif', 'hif-2']);
    store.getState().select({ kind: 'relation', id: 'hif-r1' });
    await session.remove('key1');
    const s = store.getState();
    // The second import now takes the plain prefix; the choice follows it.
    expect(withPathways(atlas, s.pathways).viewOf.get('key2')).toBe('hif');
    expect(s.therapies).toEqual(['tace', 'hif']);
    expect([...pathways.data.keys()]).toEqual(['key2']);
    // "hif-r1" exists again (the second import's), so the selection stays; a removed id would not.
    expect(s.selection).toEqual({ kind: 'relation', id: 'hif-r1' });
    s.select({ kind: 'entity', id: 'hif-vegfa' });
    await session.remove('key2');
    expect(store.getState().selection).toBeNull();
    expect(store.getState().therapies).toEqual(['tace']);
    expect(store.getState().pathwayReport).toBeNull();
  });
});

describe('undo, colours and alias suggestions', () => {
  it('offers Undo on removal, which restores the pathway where it was, chosen, in the store', async () => {
    const { store, pathways, session } = setup();
    await session.open(file('hif.sif', SIF));
    await session.open(file('hif.sif', 'HIF1A\t-1\tEPO\n'));
    await session.open(file('tp53.sif', 'TP53\t1\tEPO\n'));
    const colours = store.getState().pathways.map(colourOf);
    await session.remove('key1');
    let s = store.getState();
    expect(s.pathways.map((p) => p.key)).toEqual(['key2', 'key3']);
    // Removing one recolours no other.
    expect(s.pathways.map(colourOf)).toEqual(colours.slice(1));
    const notice = s.notices.at(-1);
    expect(notice?.en).toBe('Removed “hif.sif” from this browser.');
    expect(notice?.zh).toBe('已从此浏览器中移除“hif.sif”。');
    expect(notice?.action?.text).toEqual({ en: 'Undo', zh: '撤销' });
    expect(notice?.action?.label).toEqual({ en: 'Undo removing “hif.sif”', zh: '撤销移除“hif.sif”' });
    expect(notice?.action?.focus).toBe(true);
    expect([...pathways.data.keys()]).toEqual(['key2', 'key3']);

    notice?.action?.run();
    await vi.waitFor(() => expect(pathways.data.has('key1')).toBe(true));
    s = store.getState();
    expect(s.pathways.map((p) => p.key)).toEqual(['key1', 'key2', 'key3']);
    expect(s.pathways.map(colourOf)).toEqual(colours);
    // Back under its own view id, chosen again; the second import is "hif-2" again.
    expect([...withPathways(atlas, s.pathways).viewOf.values()]).toEqual(['hif', 'hif-2', 'tp53']);
    expect(s.therapies).toEqual(['tace', 'hif', 'hif-2', 'tp53']);
    expect(s.notices.at(-1)?.en).toBe('Restored “hif.sif”.');
    // A second Undo of the same removal changes nothing.
    notice?.action?.run();
    expect(store.getState().pathways).toHaveLength(3);
  });

  it("gives a new pathway a colour no open pathway has, the removed one's if it is free", async () => {
    const { store, session } = setup();
    await session.open(file('a.sif', SIF));
    await session.open(file('b.sif', SIF));
    expect(store.getState().pathways.map(colourOf)).toEqual([0, 1]);
    await session.remove('key1');
    await session.open(file('c.sif', SIF));
    expect(store.getState().pathways.map((p) => [p.key, colourOf(p)])).toEqual([
      ['key2', 1],
      ['key3', 0],
    ]);
  });

  it('reads the kept file again with alias suggestions applied, keeps the result and says so', async () => {
    const { store, pathways, session } = setup();
    await session.open(file('erk.sif', 'erk\t1\tHIF1A\nHIF1A\t1\tVEGF\n'));
    let [p] = store.getState().pathways;
    expect(p.imported.report.map((e) => e.code)).toEqual(['alias-suggested', 'alias-suggested']);
    expect(store.getState().notices.at(-1)?.en).toMatch(/2 alias suggestions were not applied \(see the report\)\.$/);
    await session.rename('key1', 'My ERK');
    store.getState().select({ kind: 'entity', id: 'erk-erk' });

    const said = await session.readAliases('key1', 'apply');
    [p] = store.getState().pathways;
    expect(p.aliases).toBe('apply');
    expect(p.name).toBe('My ERK');
    expect(p.imported.report.map((e) => e.code)).toEqual(['alias-applied', 'alias-applied']);
    expect(pathways.data.get('key1')?.imported.report.map((e) => e.code)).toEqual(['alias-applied', 'alias-applied']);
    expect(said?.en).toBe(
      'Read “My ERK” again with 2 alias suggestions applied (erk → EPHB2, VEGF → VEGFA); kept in this browser.',
    );
    expect(said?.zh).toBe('已重新读取“My ERK”，采用了 2 条别名建议（erk → EPHB2，VEGF → VEGFA）；已保存在此浏览器中。');
    expect(store.getState().notices.at(-1)?.en).toBe(said?.en);
    // VEGF is now the atlas's VEGFA; erk is EPHB2, as HGNC says and the person chose.
    const kb = withPathways(atlas, store.getState().pathways).kb;
    expect(kb.relations.filter((r) => r.therapies.includes('erk')).map((r) => [r.source, r.target])).toEqual([
      ['erk-ephb2', 'hif1a'],
      ['hif1a', 'vegfa'],
    ]);
    // The selected "erk" entity is gone: the selection goes with it.
    expect(store.getState().selection).toBeNull();

    const back = await session.readAliases('key1', 'suggest');
    expect(back?.en).toBe(
      'Read “My ERK” again with every label kept as written (2 alias suggestions not applied); kept in this browser.',
    );
    expect(store.getState().pathways[0].aliases).toBe('suggest');
  });

  it('says that a pathway stored without its file must be opened again', async () => {
    const { store, session } = setup();
    await session.open(file('erk.sif', 'erk\t1\tHIF1A\n'));
    const [p] = store.getState().pathways;
    store.getState().setPathways([{ ...p, source: undefined }]);
    const said = await session.readAliases('key1', 'apply');
    expect(said?.level).toBe('warning');
    expect(said?.en).toMatch(/open erk\.sif again/);
    expect(store.getState().pathways[0].imported).toBe(p.imported);
  });
});
