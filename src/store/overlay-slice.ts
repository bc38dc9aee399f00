/**
 * The data overlay's part of the one store: the dataset shown (with its read report when it
 * was read in this visit), the columns derived from it, the columns drawn as slices, and
 * the colour limits the reader set. Which dataset and column are shown are view fields
 * (`overlayDataset`, `overlayColumn`: links and Back carry them); this slice holds what
 * they name.
 */
import type { TableReport } from '../io/table/table-report';
import type { Dataset, DatasetColumn } from '../model/dataset';
import type { LimitRule, OverlayLimits } from '../style/overlay-colour';
import type { ViewState } from './view-state';

export const MAX_SLICES = 4;

export interface LoadedOverlay {
  dataset: Dataset;
  report: TableReport | null;
  /** Comparisons of two columns, added after the dataset's own columns. */
  derived: DatasetColumn[];
  /** Columns drawn side by side in each node (2 to MAX_SLICES names), or empty for one column. */
  slices: string[];
  /** Limits the reader typed; null: the rule's default. */
  limits: OverlayLimits | null;
  limitRule: LimitRule;
}

export interface OverlayState {
  overlay: LoadedOverlay | null;
}

export interface OverlayActions {
  /** Shows a dataset (its first numeric column, unless `column` names another). */
  showDataset: (dataset: Dataset, report?: TableReport | null, column?: string | null) => void;
  hideOverlay: () => void;
  setOverlayColumn: (name: string) => void;
  /** The player: the previous or next column, wrapping around. */
  stepOverlayColumn: (delta: number) => void;
  setOverlaySlices: (names: string[]) => void;
  setOverlayLimits: (limits: OverlayLimits | null) => void;
  setLimitRule: (rule: LimitRule) => void;
  addDerivedColumn: (column: DatasetColumn) => void;
  renameShownDataset: (name: string) => void;
}

/** Every column the overlay can show: the dataset's, then the derived ones. */
export function overlayColumns(overlay: LoadedOverlay | null): DatasetColumn[] {
  return overlay ? [...overlay.dataset.columns, ...overlay.derived] : [];
}

type Set = (
  partial: Partial<OverlayState & ViewState> | ((s: OverlayState & ViewState) => Partial<OverlayState & ViewState>),
) => void;

export function overlayActions(set: Set): OverlayActions {
  return {
    showDataset: (dataset, report = null, column = null) =>
      set((s) => {
        const same = s.overlay?.dataset.id === dataset.id ? s.overlay : null;
        const overlay: LoadedOverlay = same
          ? { ...same, dataset, report: report ?? same.report }
          : { dataset, report, derived: [], slices: [], limits: null, limitRule: 'max' };
        const names = overlayColumns(overlay).map((c) => c.name);
        const chosen = column && names.includes(column) ? column : (names[0] ?? null);
        return { overlay, overlayDataset: dataset.id, overlayColumn: chosen };
      }),
    hideOverlay: () => set({ overlay: null, overlayDataset: null, overlayColumn: null }),
    setOverlayColumn: (name) =>
      set((s) => (s.overlay ? { overlayColumn: name, overlay: { ...s.overlay, limits: null } } : {})),
    stepOverlayColumn: (delta) =>
      set((s) => {
        const names = overlayColumns(s.overlay).map((c) => c.name);
        if (!s.overlay || names.length === 0) return {};
        const at = Math.max(0, names.indexOf(s.overlayColumn ?? ''));
        const next = names[(at + delta + names.length * Math.abs(delta)) % names.length];
        return { overlayColumn: next, overlay: { ...s.overlay, limits: null } };
      }),
    setOverlaySlices: (names) =>
      set((s) => (s.overlay ? { overlay: { ...s.overlay, slices: names.slice(0, MAX_SLICES) } } : {})),
    setOverlayLimits: (limits) => set((s) => (s.overlay ? { overlay: { ...s.overlay, limits } } : {})),
    setLimitRule: (limitRule) => set((s) => (s.overlay ? { overlay: { ...s.overlay, limitRule, limits: null } } : {})),
    addDerivedColumn: (column) =>
      set((s) => {
        if (!s.overlay) return {};
        const derived = [...s.overlay.derived.filter((c) => c.name !== column.name), column];
        return { overlay: { ...s.overlay, derived }, overlayColumn: column.name };
      }),
    renameShownDataset: (name) =>
      set((s) => (s.overlay ? { overlay: { ...s.overlay, dataset: { ...s.overlay.dataset, name } } } : {})),
  };
}
