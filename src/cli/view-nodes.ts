/**
 * The node ids of a view's diagram, computed without a browser, for checking layout files
 * (`graph validate` and the build): the app's own element code decides which entities are
 * drawn and which outcomes are drawn once per mechanism, so the ids are exactly the app's.
 * Label widths do not change ids, so the font estimate stands in for a canvas.
 */

import { isFrameId, type ViewKey, viewKeyString } from '../model/arrangement';
import type { KnowledgeBase } from '../model/knowledge-base';
import { type CuratedLayout, type LayoutLoad, loadLayouts, type ViewNodes } from '../model/layout-file';
import { expandTherapies, filterGraph } from '../model/query';
import { estimateTextWidth } from '../style/label-layout';
import { therapyColourScale } from '../style/palette';
import { buildElements } from '../view/cy-elements';
import { findLayoutFiles, readSources } from './files';

/** Node ids per view, computed once per view key. */
export function viewNodeIds(kb: KnowledgeBase): ViewNodes {
  const colours = therapyColourScale(kb.therapies.map((t) => t.id));
  const cache = new Map<string, ReadonlySet<string>>();
  return (view) => {
    const key = viewKeyString(view);
    const known = cache.get(key);
    if (known) return known;
    const graph = filterGraph(kb, { therapies: view.therapies, withComponents: view.withComponents });
    const shown = expandTherapies(kb, view.therapies, view.withComponents);
    const ids = new Set(
      buildElements(kb, graph, shown, 'en', colours, (text) => estimateTextWidth(text))
        .filter((e) => e.group === 'nodes' && !isFrameId(String(e.data.id)))
        .map((e) => String(e.data.id)),
    );
    cache.set(key, ids);
    return ids;
  };
}

/** Every layout file under `graphs`, checked against `kb`. */
export function loadLayoutFiles(graphs: string, kb: KnowledgeBase, cwd = process.cwd()): LayoutLoad {
  return loadLayouts(readSources(findLayoutFiles(graphs), cwd), kb, viewNodeIds(kb));
}

export interface ViewLayout {
  /** The valid layout file of the view, if there is one. */
  layout?: CuratedLayout;
  /** Nodes of the view the file lacks (placed beside their neighbours when drawn). */
  added: string[];
  /** Layout files not used because they have errors. */
  broken: string[];
}

/** The curated layout of one view under `graphs`, and what a reader should know about it. */
export function viewLayout(graphs: string, kb: KnowledgeBase, view: ViewKey): ViewLayout {
  const nodes = viewNodeIds(kb);
  const { layouts, problems } = loadLayouts(readSources(findLayoutFiles(graphs)), kb, nodes);
  const key = viewKeyString(view);
  const layout = layouts.find((l) => viewKeyString(l.arrangement.view) === key);
  const added = layout ? [...nodes(view)].filter((id) => !(id in layout.arrangement.positions)) : [];
  const broken = [...new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file))];
  return { ...(layout ? { layout } : {}), added, broken };
}
