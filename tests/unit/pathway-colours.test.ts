/**
 * Imported views' colours: never one of the therapies' Okabe–Ito colours nor close to one
 * (the smallest channel-wise distance is checked against a floor picked so Dark2's teal
 * #1b9e77 vs Okabe–Ito's #009e73 (distance 27) fails), stable as more are added, and the
 * therapies keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { OKABE_ITO, therapyColourScale } from '../../src/style/palette';
import { atlasColours, IMPORTED_COLOURS } from '../../src/style/pathway-colours';

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.max(...rgb(a).map((c, i) => Math.abs(c - rgb(b)[i])));

describe('atlasColours', () => {
  it('gives imported views colours far from every therapy colour', () => {
    expect(distance('#1b9e77', '#009E73')).toBe(27);
    for (const c of IMPORTED_COLOURS) for (const o of OKABE_ITO) expect(distance(c, o)).toBeGreaterThan(40);
    // And from each other.
    for (const c of IMPORTED_COLOURS)
      for (const o of IMPORTED_COLOURS) if (c !== o) expect(distance(c, o)).toBeGreaterThan(40);
  });

  it('keeps the therapies their colours and each import its own as more come', () => {
    const therapies = ['a', 'b', 'c'];
    const plain = therapyColourScale(therapies);
    const one = atlasColours(therapies, ['wp1']);
    const two = atlasColours(therapies, ['wp1', 'wp2']);
    for (const t of therapies) expect(two(t)).toBe(plain(t));
    expect(two('wp1')).toBe(one('wp1'));
    expect(two('wp2')).not.toBe(two('wp1'));
    expect(new Set(IMPORTED_COLOURS).size).toBe(IMPORTED_COLOURS.length);
  });
});
