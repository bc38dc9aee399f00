/**
 * Imported pathways in the browser (src/store/pathway-store.ts) on fake-indexeddb, a real
 * IndexedDB implementation in memory: what is saved is listed after a "reload" (a second
 * store on the same database), oldest first; renames and removals persist; entries that
 * are not stored pathways are skipped; what comes back is validated once (a document the
 * loader would refuse is skipped), an earlier version's English entries are kept as
 * `legacy` entries, the file and the colour come back; and every way IndexedDB fails
 * (throws when opened, never answers) reports once and leaves the pathways in memory.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { UseStore } from 'idb-keyval';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportText } from '../../src/i18n/pathway-report-strings';
import { importPathway } from '../../src/io/pathway/import-pathway';
import {
  asStoredPathway,
  createPathwayStore,
  loadDocumentCheck,
  PATHWAY_DATABASE_NAME,
  PATHWAY_STORE_NAME,
  storedPathway,
} from '../../src/store/pathway-store';

const SIF = 'EGFR\t1\tGRB2\nGRB2\t1\tSOS1\tKRAS\n';
const imported = importPathway(SIF, { fileName: 'egfr.sif' });
const pathway = (key: string, day: number) =>
  storedPathway(imported, { key, fileName: 'egfr.sif', importedAt: new Date(Date.UTC(2026, 0, day)) });

beforeEach(() => {
  // A fresh, empty IndexedDB for each test.
  globalThis.indexedDB = new IDBFactory();
});

const open = () => createStore(PATHWAY_DATABASE_NAME, PATHWAY_STORE_NAME);

describe('the pathway store', () => {
  it('counts entities, relations and report entries off the import', () => {
    const p = pathway('a', 1);
    // SIF above: 4 genes (EGFR, GRB2, SOS1, KRAS); 3 relations (one per target: 1 + 2).
    expect(p.counts.entities).toBe(4);
    expect(p.counts.relations).toBe(3);
    expect(p.counts.report).toBe(imported.report.length);
    expect(p).toMatchObject({
      name: imported.title,
      fileName: 'egfr.sif',
      format: 'sif',
      importedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('lists what was saved after a reload, oldest first, with renames and removals kept', async () => {
    const onFailure = vi.fn();
    const first = createPathwayStore({ open, onFailure });
    await first.save(pathway('later', 5));
    await first.save(pathway('earlier', 2));
    await first.save({ ...pathway('third', 9), name: 'My EGFR' });
    const reloaded = createPathwayStore({ open, onFailure });
    const listed = await reloaded.list();
    expect(listed.map((p) => p.key)).toEqual(['earlier', 'later', 'third']);
    expect(listed[2].name).toBe('My EGFR');
    // The document came back whole: the same relations, by id.
    expect(listed[0].imported.document.relations?.map((r) => r.id)).toEqual(
      imported.document.relations?.map((r) => r.id),
    );
    await reloaded.save({ ...listed[0], name: 'Renamed' });
    await reloaded.remove('later');
    const again = await createPathwayStore({ open, onFailure }).list();
    expect(again.map((p) => [p.key, p.name])).toEqual([
      ['earlier', 'Renamed'],
      ['third', 'My EGFR'],
    ]);
    expect(onFailure).not.toHaveBeenCalled();
    expect(reloaded.persistent).toBe(true);
  });

  it('skips stored values that are not pathways (an older or foreign entry)', async () => {
    const store = open();
    await set('junk', { hello: 1 }, store);
    await set('no-document', { ...pathway('x', 1), imported: { report: [] } }, store);
    await set('bad-format', { ...pathway('y', 1), format: 'xlsx' }, store);
    await set('good', pathway('good', 1), store);
    const listed = await createPathwayStore({ open }).list();
    expect(listed.map((p) => p.key)).toEqual(['good']);
    expect(asStoredPathway(null, await loadDocumentCheck())).toBeNull();
  });

  it('loads the validator only when something stored is to be read, once per list', async () => {
    const store = open();
    const loadCheck = vi.fn(loadDocumentCheck);
    const pathways = createPathwayStore({ open, loadCheck });
    expect(await pathways.list()).toEqual([]);
    expect(loadCheck).not.toHaveBeenCalled();
    await set('a', pathway('a', 1), store);
    await set('b', pathway('b', 2), store);
    expect((await pathways.list()).map((p) => p.key)).toEqual(['a', 'b']);
    expect(loadCheck).toHaveBeenCalledTimes(1);
    // Both are held now: listing again reads and validates nothing.
    await pathways.list();
    expect(loadCheck).toHaveBeenCalledTimes(1);
  });

  it('validates what comes back once, and skips a document the loader would refuse', async () => {
    const store = open();
    const broken = pathway('broken', 1);
    const relations = broken.imported.document.relations ?? [];
    await set(
      'broken',
      {
        ...broken,
        imported: {
          ...broken.imported,
          document: { ...broken.imported.document, relations: [{ ...relations[0], type: 'teleports' }] },
        },
      },
      store,
    );
    await set('good', pathway('good', 2), store);
    const listed = await createPathwayStore({ open }).list();
    expect(listed.map((p) => p.key)).toEqual(['good']);
    // Defaults are applied as the schema says (certainty "stated"): the document is the validated one.
    expect(listed[0].imported.document.relations?.[0].certainty).toBe('stated');
  });

  it("reads an earlier version's entries (English sentences, a format note) as legacy entries shown as written", async () => {
    const old = pathway('old', 1);
    const value = {
      ...old,
      imported: {
        ...old.imported,
        formatNote: 'the file name says SIF, but the content is GPML2013a; read as GPML2013a',
        report: [{ position: 'line 3', element: 'a', action: 'changed', message: 'alias symbol akt resolved to AKT1' }],
      },
    };
    await set('old', value, open());
    const [back] = await createPathwayStore({ open }).list();
    expect(back.imported.report).toEqual([
      {
        position: 'line 3',
        element: 'a',
        action: 'changed',
        code: 'legacy',
        params: { message: 'alias symbol akt resolved to AKT1' },
      },
    ]);
    expect(reportText(back.imported.report[0], 'zh')).toBe('alias symbol akt resolved to AKT1');
    expect(back.imported.formatNotes?.map((n) => reportText(n, 'en'))).toEqual([
      'the file name says SIF, but the content is GPML2013a; read as GPML2013a',
    ]);
    // Stored before files and colours were kept: neither comes back, and nothing else is lost.
    expect(back.source).toBeUndefined();
    expect(back.colour).toBeUndefined();
    expect(back.aliases).toBeUndefined();
  });

  it('keeps the file, its alias choice and its colour across a reload', async () => {
    const file = new Blob([SIF], { type: 'text/plain' });
    const p = storedPathway(imported, {
      key: 'k',
      fileName: 'egfr.sif',
      importedAt: new Date(0),
      source: file,
      aliases: { apply: ['erk'] },
      colour: 4,
    });
    await createPathwayStore({ open }).save(p);
    const [back] = await createPathwayStore({ open }).list();
    expect(await back.source?.text()).toBe(SIF);
    expect(back.aliases).toEqual({ apply: ['erk'] });
    expect(back.colour).toBe(4);
    expect(back.imported.report).toEqual(imported.report);
  });

  it('reports an IndexedDB that throws once and keeps pathways for the page', async () => {
    const onFailure = vi.fn();
    const store = createPathwayStore({
      open: () => {
        throw new Error('SecurityError: IndexedDB is disabled');
      },
      onFailure,
    });
    await store.save(pathway('a', 1));
    await store.save(pathway('b', 2));
    expect(await store.list()).toHaveLength(2);
    await store.remove('a');
    expect((await store.list()).map((p) => p.key)).toEqual(['b']);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0][0]).toContain('IndexedDB is disabled');
    expect(store.persistent).toBe(false);
  });

  it('gives up on a store that never answers (an open blocked by another tab) after the timeout', async () => {
    const onFailure = vi.fn();
    const silent: UseStore = () => new Promise(() => {});
    const store = createPathwayStore({ open: () => silent, onFailure, timeoutMs: 20 });
    expect(await store.list()).toEqual([]);
    expect(onFailure).toHaveBeenCalledWith('no answer within 20 ms');
    await store.save(pathway('a', 1));
    expect((await store.list()).map((p) => p.key)).toEqual(['a']);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('reports a rejecting store (quota exceeded on save)', async () => {
    const onFailure = vi.fn();
    const full: UseStore = () => Promise.reject(new Error('QuotaExceededError'));
    const store = createPathwayStore({ open: () => full, onFailure });
    await store.save(pathway('a', 1));
    expect(onFailure).toHaveBeenCalledWith('QuotaExceededError');
    expect((await store.list()).map((p) => p.key)).toEqual(['a']);
  });
});
