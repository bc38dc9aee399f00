/**
 * The overlay's controls: the column, the player that steps through columns (buttons and
 * ← →, as a story steps), slices (up to four columns side by side in each node), the
 * colour limits and a comparison of two columns as a derived column.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/context';
import { useOverlay } from '../../app/overlay/overlay-context';
import { DERIVED_OPERATIONS, type DerivedOperation, derivedColumn } from '../../model/overlay-values';
import { MAX_SLICES, overlayColumns } from '../../store/overlay-slice';
import { LIMIT_RULES, type LimitRule } from '../../style/overlay-colour';
import { formatLimit } from '../../style/overlay-ink';
import { useOverlayText } from './use-overlay-text';

export function OverlayControls() {
  const o = useOverlayText();
  const overlay = useApp((s) => s.overlay);
  const column = useApp((s) => s.overlayColumn);
  const setColumn = useApp((s) => s.setOverlayColumn);
  const step = useApp((s) => s.stepOverlayColumn);
  const setSlices = useApp((s) => s.setOverlaySlices);
  const { view } = useOverlay();
  if (!overlay) return null;
  const columns = overlayColumns(overlay);
  if (columns.length === 0) return null;
  const at = Math.max(
    0,
    columns.findIndex((c) => c.name === column),
  );
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    step(event.key === 'ArrowRight' ? 1 : -1);
  };
  const toggleSlice = (name: string, on: boolean) =>
    setSlices(on ? [...overlay.slices, name] : overlay.slices.filter((n) => n !== name));
  return (
    <section aria-label={o('column')} className="overlay-controls">
      {/* biome-ignore lint/a11y/useSemanticElements: a group of the player's controls, as the story player's */}
      <div className="player" role="group" aria-label={o('column')} onKeyDown={onKey}>
        <button type="button" onClick={() => step(-1)} aria-label={o('previousColumn')} disabled={columns.length < 2}>
          ◀
        </button>
        <label>
          {o('column')}{' '}
          <select value={columns[at].name} onChange={(e) => setColumn(e.target.value)} data-testid="overlay-column">
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => step(1)} aria-label={o('nextColumn')} disabled={columns.length < 2}>
          ▶
        </button>
        <span aria-live="polite" className="small" data-testid="overlay-position">
          {o('columnOf', { i: at + 1, n: columns.length, name: columns[at].name })}
        </span>
      </div>
      {columns.length > 1 && (
        <fieldset>
          <legend>{o('slices')}</legend>
          {columns.map((c) => {
            const on = overlay.slices.includes(c.name);
            return (
              <label key={c.name} className="small" style={{ display: 'block' }}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && overlay.slices.length >= MAX_SLICES}
                  onChange={(e) => toggleSlice(c.name, e.target.checked)}
                />
                {c.name}
              </label>
            );
          })}
        </fieldset>
      )}
      {view && <LimitControls />}
      {columns.length > 1 && <DerivedControls />}
    </section>
  );
}

function LimitControls() {
  const o = useOverlayText();
  const overlay = useApp((s) => s.overlay);
  const setLimits = useApp((s) => s.setOverlayLimits);
  const setRule = useApp((s) => s.setLimitRule);
  const { view } = useOverlay();
  if (!overlay || !view) return null;
  const { low, high } = view.scale.limits;
  const signed = view.scale.scale === 'signed';
  return (
    <fieldset>
      <legend>{o('limits')}</legend>
      <label className="small">
        {o('limitRule')}{' '}
        <select value={overlay.limitRule} onChange={(e) => setRule(e.target.value as LimitRule)}>
          {LIMIT_RULES.map((r) => (
            <option key={r} value={r}>
              {o(`rule_${r}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      {signed ? (
        <LimitInput
          label={o('limitSymmetric')}
          value={high}
          testId="overlay-limit"
          accept={(m) => m > 0}
          onValue={(m) => setLimits({ low: -m, high: m })}
        />
      ) : (
        <>
          <LimitInput
            label={o('limitLow')}
            value={low}
            accept={(v) => v < high}
            onValue={(v) => setLimits({ low: v, high })}
          />{' '}
          <LimitInput
            label={o('limitHigh')}
            value={high}
            accept={(v) => v > low}
            onValue={(v) => setLimits({ low, high: v })}
          />
        </>
      )}{' '}
      {overlay.limits && (
        <button type="button" onClick={() => setLimits(null)}>
          {o('limitReset')}
        </button>
      )}
    </fieldset>
  );
}

/**
 * A limit the reader may type (a decimal comma accepted). It shows the limit in force and
 * follows it when it changes elsewhere (another column, another default rule, Reset),
 * except while the reader is typing in it.
 */
function LimitInput(props: {
  label: string;
  value: number;
  accept: (v: number) => boolean;
  onValue: (v: number) => void;
  testId?: string;
}) {
  const { label, value, accept, onValue, testId } = props;
  const [text, setText] = useState(formatLimit(value));
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setText(formatLimit(value));
  }, [value]);
  return (
    <label className="small">
      {label}{' '}
      <input
        type="number"
        step="any"
        value={text}
        data-testid={testId}
        onFocus={() => {
          typing.current = true;
        }}
        onBlur={() => {
          typing.current = false;
          setText(formatLimit(value));
        }}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value.replace(',', '.'));
          if (e.target.value.trim() !== '' && Number.isFinite(v) && accept(v)) onValue(v);
        }}
      />
    </label>
  );
}

function DerivedControls() {
  const o = useOverlayText();
  const overlay = useApp((s) => s.overlay);
  const add = useApp((s) => s.addDerivedColumn);
  const columns = overlayColumns(overlay);
  const [a, setA] = useState(columns[0]?.name ?? '');
  const [b, setB] = useState(columns[1]?.name ?? '');
  const [operation, setOperation] = useState<DerivedOperation>('difference');
  const first = columns.find((c) => c.name === a);
  const second = columns.find((c) => c.name === b);
  return (
    <fieldset>
      <legend>{o('derived')}</legend>
      <label className="small">
        {o('derivedA')}{' '}
        <select value={a} onChange={(e) => setA(e.target.value)}>
          {columns.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
      </label>{' '}
      <label className="small">
        {o('derivedB')}{' '}
        <select value={b} onChange={(e) => setB(e.target.value)}>
          {columns.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
      </label>{' '}
      <select
        aria-label={o('derived')}
        value={operation}
        onChange={(e) => setOperation(e.target.value as DerivedOperation)}
      >
        {DERIVED_OPERATIONS.map((op) => (
          <option key={op} value={op}>
            {o(op === 'difference' ? 'derivedDifference' : 'derivedLog2-ratio')}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={!first || !second || a === b}
        onClick={() => first && second && add(derivedColumn(first, second, operation))}
      >
        {o('derivedAdd')}
      </button>
    </fieldset>
  );
}
