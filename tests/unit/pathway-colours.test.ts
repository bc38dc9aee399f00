/**
 * Imported views' colours: never one of the therapies' Okabe–Ito colours nor close to one
 * (the smallest channel-wise distance is checked against a floor picked so Dark2's teal
 * #1b9e77 vs Okabe–Ito's #009e73 (distance 27) fails), each pathway's own (chosen when it is
 * opened, or derived from its key), so that removing one recolours no other, and the
 * therapies keep theirs.
 */
import { schemeCategory10, schemeDark2, schemeTableau10 } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { OKABE_ITO, therapyColourScale } from '../../src/style/palette';
import { atlasColours, IMPORTED_COLOURS, keyColour, nextPathwayColour } from '../../src/style/pathway-colours';

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.max(...rgb(a).map((c, i) => Math.abs(c - rgb(b)[i])));

describe('IMPORTED_COLOURS', () => {
  it('are the scheme colours their comments name, as d3-scale-chromatic gives them', () => {
    expect(IMPORTED_COLOURS).toEqual([
      schemeDark2[2],
      schemeDark2[6],
      schemeDark2[4],
      schemeTableau10[2],
      schemeCategory10[9],
      schemeDark2[3],
      schemeTableau10[7],
    ]);
  });
});

describe('atlasColours', () => {
  it('gives imported views colours far from every therapy colour', () => {
    expect(distance('#1b9e77', '#009E73')).toBe(27);
    for (const c of IMPORTED_COLOURS) for (const o of OKABE_ITO) expect(distance(c, o)).toBeGreaterThan(40);
    // And from each other.
    for (const c of IMPORTED_COLOURS)
      for (const o of IMPORTED_COLOURS) if (c !== o) expect(distance(c, o)).toBeGreaterThan(40);
  });

  it('keeps the therapies their colours and gives each import the one it holds', () => {
    const therapies = ['a', 'b', 'c'];
    const plain = therapyColourScale(therapies);
    const colours = atlasColours(
      therapies,
      new Map([
        ['wp1', 0],
        ['wp2', 3],
      ]),
    );
    for (const t of therapies) expect(colours(t)).toBe(plain(t));
    expect([colours('wp1'), colours('wp2')]).toEqual([IMPORTED_COLOURS[0], IMPORTED_COLOURS[3]]);
    expect(new Set(IMPORTED_COLOURS).size).toBe(IMPORTED_COLOURS.length);
  });

  it('chooses a colour no open pathway has, so a removal leaves the others as they were', () => {
    expect(nextPathwayColour([])).toBe(0);
    expect(nextPathwayColour([0, 1, 2])).toBe(3);
    // The first of three was removed: the next pathway takes its free colour; 1 and 2 keep theirs.
    expect(nextPathwayColour([1, 2])).toBe(0);
    // All seven in use: the least used, the first of them.
    const all = IMPORTED_COLOURS.map((_, i) => i);
    expect(nextPathwayColour([...all, 0, 1])).toBe(2);
  });

  it('derives a colour from the storage key of a pathway stored without one, always the same', () => {
    const key = '3f1c2a9e-1b0d-4c55-9a51-0e2b6f1c7d11';
    expect(keyColour(key)).toBe(keyColour(key));
    expect(keyColour(key)).toBeGreaterThanOrEqual(0);
    expect(keyColour(key)).toBeLessThan(IMPORTED_COLOURS.length);
    // Spread over the palette, not stuck on one colour.
    const used = new Set(Array.from({ length: 50 }, (_, i) => keyColour(`key-${i}`)));
    expect(used.size).toBe(IMPORTED_COLOURS.length);
  });
});
