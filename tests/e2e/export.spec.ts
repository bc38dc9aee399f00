/**
 * Figure export, end to end: the TACE view exported as SVG through the Export menu,
 * rasterised with rsvg-convert at the canvas's zoom and pan, and compared with a
 * screenshot of the canvas: the ink box of every label and frame title, and the share of
 * differing pixels over the diagram. The images and a difference map are kept with the test's
 * output for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { estimateTextWidth } from '../../src/style/label-layout';
import { shapeExtraWidth, shapeOutline } from '../../src/style/shapes';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, NODE_LOOK, NODE_PADDING_X } from '../../src/style/visual';
import { expect, test, waitForDiagram } from './fixtures';

const RSVG = spawnSync('rsvg-convert', ['--version']).status === 0;
const XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** A label's ink (dark pixels) may differ by this much, per side, in pixels at zoom 1. */
const LABEL_TOLERANCE = 3;
/**
 * Share of diagram pixels whose colour differs by more than 64 (of 255) in a channel from
 * that of the SVG's pixel in the same place and from each of its eight neighbours.
 */
const PIXEL_TOLERANCE = 0.02;

interface ShownNode {
  id: string;
  type: keyof typeof NODE_LOOK;
  repeated: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: number;
}

interface Region {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Horizontal extent [left, right] from the centre, at a vertical offset `dy`, of a node's
 * inside: its outline moved inward by `inset` (the border and its anti-aliasing).
 */
function insideExtent(node: ShownNode, dy: number, inset: number): [number, number] {
  const outline = shapeOutline(NODE_LOOK[node.type].shape, 0, 0, node.w, node.h);
  if (outline.tag === 'ellipse') {
    const rx = node.w / 2 - inset;
    const ry = node.h / 2 - inset;
    const half = rx * Math.sqrt(Math.max(0, 1 - (dy / ry) ** 2));
    return [-half, half];
  }
  if (outline.tag !== 'polygon') return [-(node.w / 2 - inset), node.w / 2 - inset];
  const pts = String(outline.attrs.points)
    .split(' ')
    .map((p) => p.split(',').map(Number));
  let left = -(node.w / 2 - inset);
  let right = node.w / 2 - inset;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % pts.length];
    if (ay === by) continue;
    // The edge moved toward the centre by `inset`.
    let nx = ay - by;
    let ny = bx - ax;
    const length = Math.hypot(nx, ny);
    nx /= length;
    ny /= length;
    if (nx * -ax + ny * -ay < 0) {
      nx = -nx;
      ny = -ny;
    }
    const [px, py, qx, qy] = [ax + nx * inset, ay + ny * inset, bx + nx * inset, by + ny * inset];
    if ((py - dy) * (qy - dy) > 0) continue;
    const x = px + ((dy - py) / (qy - py)) * (qx - px);
    if (x < 0) left = Math.max(left, x);
    else right = Math.min(right, x);
  }
  return [left, right];
}

/** Where a node's label can be, in screen pixels, clear of its border. */
function labelRegion(node: ShownNode, offset: { x: number; y: number }): Region {
  const look = NODE_LOOK[node.type];
  const border = node.repeated ? 4 : look.borderWidth;
  const band = (node.lines * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT) / 2 + 2;
  const text = node.w / 2 - NODE_PADDING_X - shapeExtraWidth(look.shape, node.h) / 2 + 3;
  const extents = [-band, 0, band].map((dy) => insideExtent(node, dy, border / 2 + 2));
  const left = Math.max(-text, ...extents.map((e) => e[0]));
  const right = Math.min(text, ...extents.map((e) => e[1]));
  const cx = node.x + offset.x;
  const cy = node.y + offset.y;
  return { id: node.id, x1: cx + left, x2: cx + right, y1: cy - band, y2: cy + band };
}

async function settle(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => JSON.stringify(window.__cy?.nodes().map((n) => n.position())));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

test('the exported TACE SVG matches the canvas', async ({ page }, testInfo) => {
  test.skip(!RSVG, 'rsvg-convert is not installed (apt-get install librsvg2-bin)');
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 2400, height: 1500 });
  await page.goto('/?therapy=tace');
  await waitForDiagram(page, 10);
  await settle(page);

  // 100 % zoom with the diagram's top-left corner in view: screen pixels = diagram units.
  const view = await page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('no diagram');
    const bb = cy.elements().not('.hidden').boundingBox({});
    cy.zoom(1);
    cy.pan({ x: Math.round(16 - bb.x1), y: Math.round(16 - bb.y1) });
    const nodes = cy.nodes(':visible').map((n) => ({
      id: n.id(),
      type: n.data('type'),
      repeated: n.hasClass('repeated'),
      ...n.position(),
      w: n.data('w'),
      h: n.data('h'),
      lines: String(n.data('label')).split('\n').length,
    }));
    // The canvas may sit at a fractional page position: shoot from the whole pixel above
    // and left of it, and shift the SVG by the same fraction.
    const rect = (cy.container() as HTMLElement).getBoundingClientRect();
    const clip = {
      x: Math.floor(rect.x),
      y: Math.floor(rect.y),
      width: Math.floor(rect.width),
      height: Math.floor(rect.height),
    };
    const offset = { x: cy.pan().x + rect.x - clip.x, y: cy.pan().y + rect.y - clip.y };
    // Each mechanism frame's title: centred above the frame, its last line TITLE_GAP (6) above it.
    const titles = cy.nodes('.frame:visible').map((f) => {
      const top = f.position().y - f.height() / 2 - (f as unknown as { padding(): number }).padding();
      const size = Number(f.data('titleSize'));
      const lines = String(f.data('label')).split('\n').length;
      return { id: f.id(), x: f.position().x, bottom: top - 6, w: Number(f.data('titleW')), h: lines * size * 1.2 };
    });
    // Each drawn edge as a polyline (ends and control points) in diagram units.
    const edges = cy
      .edges(':visible')
      .map((e) => [
        e.sourceEndpoint(),
        ...((e.controlPoints() as Array<{ x: number; y: number }> | undefined) ?? []),
        e.targetEndpoint(),
      ]);
    return { clip, offset, nodes, bb, edges, titles };
  });
  await page.waitForTimeout(400);
  const screen = await page.screenshot({ clip: view.clip });
  writeFileSync(testInfo.outputPath('screen.png'), screen);

  // Export through the menu, as a person would.
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'SVG (vector, editable text)' }).check();
  await menu.getByRole('radio', { name: 'Current view (what the filters show)' }).check();
  await menu.getByRole('radio', { name: 'Journal, full width (180 mm)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcc-atlas_tace_view_journal-180_en.svg');
  const svgPath = testInfo.outputPath('hcc-atlas_tace_view_journal-180_en.svg');
  await download.saveAs(svgPath);
  await expect(menu.getByRole('status')).toContainText('Saved hcc-atlas_tace_view_journal-180_en.svg');
  const svg = readFileSync(svgPath, 'utf8');
  expect(svg).toMatch(/<svg [^>]*width="180mm"/);
  if (XMLLINT) expect(spawnSync('xmllint', ['--noout', svgPath], { encoding: 'utf8' }).stderr).toBe('');

  // The same SVG framed like the canvas: viewBox = the visible part of the diagram.
  const framed = svg.replace(/<svg [^>]*>/, (tag) =>
    tag
      .replace(/ width="[^"]*"/, ` width="${view.clip.width}"`)
      .replace(/ height="[^"]*"/, ` height="${view.clip.height}"`)
      .replace(
        / viewBox="[^"]*"/,
        ` viewBox="${-view.offset.x} ${-view.offset.y} ${view.clip.width} ${view.clip.height}"`,
      ),
  );
  const framedPath = testInfo.outputPath('framed.svg');
  writeFileSync(framedPath, framed);
  const rasterPath = testInfo.outputPath('svg.png');
  const rsvg = spawnSync('rsvg-convert', ['-b', 'white', '-o', rasterPath, framedPath], { encoding: 'utf8' });
  expect(rsvg.status, rsvg.stderr).toBe(0);

  const inView = view.nodes.filter(
    (n) =>
      n.x - n.w / 2 + view.offset.x >= 0 &&
      n.y - n.h / 2 + view.offset.y >= 0 &&
      n.x + n.w / 2 + view.offset.x <= view.clip.width &&
      n.y + n.h / 2 + view.offset.y <= view.clip.height,
  );
  expect(inView.length).toBeGreaterThan(10);
  // A line or arrowhead running through a label's band is drawn by two renderers with
  // their own anti-aliasing, and moves the ink box without the label moving: such labels
  // are left out of the label comparison (they still count in the pixel comparison).
  const crossed = (reg: Region) =>
    view.edges.some((line) =>
      line.slice(1).some((b, i) => {
        const a = line[i];
        const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
        for (let k = 0; k <= steps; k++) {
          const x = a.x + ((b.x - a.x) * k) / Math.max(steps, 1) + view.offset.x;
          const y = a.y + ((b.y - a.y) * k) / Math.max(steps, 1) + view.offset.y;
          if (x > reg.x1 - 6 && x < reg.x2 + 6 && y > reg.y1 - 6 && y < reg.y2 + 6) return true;
        }
        return false;
      }),
    );
  // Frame titles are compared as labels are, by their ink box.
  const titleRegions = view.titles.map((t) => ({
    id: t.id,
    x1: t.x - t.w / 2 - 4 + view.offset.x,
    x2: t.x + t.w / 2 + 4 + view.offset.x,
    y1: t.bottom - t.h - 2 + view.offset.y,
    y2: t.bottom + 3 + view.offset.y,
  }));
  expect(titleRegions.length, 'frame titles').toBeGreaterThan(4);
  const allRegions = [...inView.map((n) => labelRegion(n as ShownNode, view.offset)), ...titleRegions];
  const regions = allRegions.filter((reg) => !crossed(reg));
  expect(regions.length, 'labels clear of every edge').toBeGreaterThan(allRegions.length * 0.6);
  // The SVG names each frame's category in a corner of the frame, which the canvas does
  // not draw (there the category is only the frame's tint): those words are left out of
  // the pixel comparison, in screen pixels (diagram units plus the pan offset).
  const unshared = [
    ...svg.matchAll(
      /<text class="frame-category" [^>]*font-size="([\d.]+)" text-anchor="(start|end)"[^>]*><tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)</g,
    ),
  ].map((m) => {
    const [size, x, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Generous: the estimate can fall short of the rendered width.
    const w = estimateTextWidth(m[5], size) * 1.2 + 6;
    const x1 = (m[2] === 'start' ? x - 2 : x - w + 2) + view.offset.x;
    return { x1, y1: y - size + view.offset.y, x2: x1 + w, y2: y + size * 0.35 + view.offset.y };
  });
  expect(unshared.length, 'category labels in the SVG').toBeGreaterThan(0);
  const area = {
    x1: 0,
    y1: 0,
    x2: Math.min(view.clip.width, Math.ceil(view.bb.x2 + view.offset.x)),
    y2: Math.min(view.clip.height, Math.ceil(view.bb.y2 + view.offset.y)),
  };

  const result = await page.evaluate(
    async ({ a, b, regions, area, unshared }) => {
      const load = (src: string) =>
        new Promise<ImageData>((resolve, reject) => {
          const img = new Image();
          img.onload = () => {
            const c = document.createElement('canvas');
            c.width = img.width;
            c.height = img.height;
            const g = c.getContext('2d') as CanvasRenderingContext2D;
            g.fillStyle = '#fff';
            g.fillRect(0, 0, c.width, c.height);
            g.drawImage(img, 0, 0);
            resolve(g.getImageData(0, 0, c.width, c.height));
          };
          img.onerror = () => reject(new Error('image failed to load'));
          img.src = src;
        });
      const [s, r] = await Promise.all([load(a), load(b)]);
      const at = (d: ImageData, x: number, y: number) => (y * d.width + x) * 4;
      const lum = (d: ImageData, i: number) => 0.299 * d.data[i] + 0.587 * d.data[i + 1] + 0.114 * d.data[i + 2];
      const ink = (d: ImageData, reg: { x1: number; y1: number; x2: number; y2: number }) => {
        let box: number[] | null = null;
        for (let y = Math.max(0, Math.floor(reg.y1)); y < Math.min(d.height, Math.ceil(reg.y2)); y++)
          for (let x = Math.max(0, Math.floor(reg.x1)); x < Math.min(d.width, Math.ceil(reg.x2)); x++) {
            // Ink: darker than mid-grey. Canvas text is anti-aliased in grey levels, so a
            // stricter cut loses the lighter strokes of thin glyphs (c, e) on one side only.
            if (lum(d, at(d, x, y)) >= 140) continue;
            box = box
              ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
              : [x, y, x, y];
          }
        return box;
      };
      const labels = regions.map((reg) => {
        const p = ink(s, reg);
        const q = ink(r, reg);
        const delta = p && q ? Math.max(...p.map((v, i) => Math.abs(v - q[i]))) : p || q ? 999 : 0;
        return { id: reg.id, screen: p, svg: q, delta };
      });
      const diff = document.createElement('canvas');
      diff.width = s.width;
      diff.height = s.height;
      const dg = diff.getContext('2d') as CanvasRenderingContext2D;
      const map = dg.createImageData(s.width, s.height);
      let differing = 0;
      let strict = 0;
      let total = 0;
      let sum = 0;
      const channels = (i: number, j: number) =>
        Math.max(
          Math.abs(s.data[i] - r.data[j]),
          Math.abs(s.data[i + 1] - r.data[j + 1]),
          Math.abs(s.data[i + 2] - r.data[j + 2]),
        );
      for (let y = area.y1; y < Math.min(area.y2, s.height, r.height); y++)
        for (let x = area.x1; x < Math.min(area.x2, s.width, r.width); x++) {
          if (unshared.some((u) => x >= u.x1 && x <= u.x2 && y >= u.y1 && y <= u.y2)) continue;
          const i = at(s, x, y);
          const d = channels(i, at(r, x, y));
          total++;
          sum += d;
          if (d > 64) strict++;
          // Cytoscape draws large elements (the mechanism frames) from cached textures
          // stretched over their box, which can put their borders up to a pixel off: a
          // screen pixel matches when one of the SVG's pixels next to it has its colour.
          let near = d;
          for (let dy = -1; dy <= 1 && near > 64; dy++)
            for (let dx = -1; dx <= 1 && near > 64; dx++) {
              const xx = x + dx;
              const yy = y + dy;
              if (xx >= 0 && yy >= 0 && xx < r.width && yy < r.height)
                near = Math.min(near, channels(i, at(r, xx, yy)));
            }
          const k = at(map, x, y);
          if (near > 64) differing++;
          // Red: differs even a pixel off; orange: differs only in place; grey: how much.
          map.data[k] = near > 64 ? 220 : d > 64 ? 255 : 255 - d;
          map.data[k + 1] = near > 64 ? 0 : d > 64 ? 160 : 255 - d;
          map.data[k + 2] = near > 64 ? 0 : d > 64 ? 0 : 255 - d;
          map.data[k + 3] = 255;
        }
      dg.putImageData(map, 0, 0);
      return {
        labels,
        differing: differing / total,
        strict: strict / total,
        mean: sum / total / 255,
        pixels: total,
        diff: diff.toDataURL('image/png'),
      };
    },
    {
      a: `data:image/png;base64,${screen.toString('base64')}`,
      b: `data:image/png;base64,${readFileSync(rasterPath).toString('base64')}`,
      regions,
      area,
      unshared,
    },
  );
  writeFileSync(testInfo.outputPath('diff.png'), Buffer.from(result.diff.split(',')[1], 'base64'));
  const deltas = result.labels.map((l) => l.delta).sort((x, y) => x - y);
  const summary = {
    labels: result.labels.length,
    crossedByEdges: allRegions.length - regions.length,
    labelDeltaMedian: deltas[Math.floor(deltas.length / 2)],
    labelDeltaMax: deltas[deltas.length - 1],
    worst: result.labels
      .filter((l) => l.delta > LABEL_TOLERANCE)
      .map((l) => `${l.id}: ${l.delta} (screen ${l.screen}, svg ${l.svg})`),
    differingPixels: `${(result.differing * 100).toFixed(2)} % of ${result.pixels}`,
    differingInPlace: `${(result.strict * 100).toFixed(2)} %`,
    meanDifference: `${(result.mean * 100).toFixed(2)} %`,
  };
  console.log(`SVG vs canvas: ${JSON.stringify(summary)}`);
  await testInfo.attach('comparison', { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  expect(summary.worst, 'labels whose ink box moved more than the tolerance').toEqual([]);
  expect(result.differing).toBeLessThan(PIXEL_TOLERANCE);
});

test('the Export menu works from the keyboard and names PNG files by scale', async ({ page }) => {
  await page.goto('/?therapy=tace&lang=zh');
  await waitForDiagram(page, 10);
  const summary = page.locator('summary', { hasText: '导出' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('form', { name: '将通路图导出为插图' });
  await expect(menu).toBeVisible();
  await menu.getByRole('radio', { name: 'PNG 2×' }).check();
  await menu.getByRole('radio', { name: '期刊单栏（85 mm）' }).check();
  await menu.getByLabel('标题（可选）').fill('TACE 抵抗 <机制> & "通路"');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: '下载' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcc-atlas_tace_view_journal-85_zh@2x.png');
  const png = readFileSync(await download.path());
  writeFileSync(test.info().outputPath(download.suggestedFilename()), png);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // 85 mm at 600 dpi.
  expect(png.readUInt32BE(16)).toBe(2008);
  await expect(menu.getByRole('status')).toContainText('600 dpi');
  // The screen's whole TACE diagram in one column prints its labels far below 6 pt: a
  // warning (a sign and a word, not colour alone) says so and what to try, in Chinese.
  const warning = menu.getByRole('alert');
  await expect(warning).toContainText('注意');
  await expect(warning).toContainText('至少 6 pt');
  await expect(warning).toContainText('期刊通栏（180 mm）');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(summary).toBeFocused();
});

test('the selection scope exports only the highlighted entities and relations', async ({ page }, testInfo) => {
  await page.goto('/?therapy=tace&entity=stat3');
  await waitForDiagram(page, 10);
  const highlighted = await page.evaluate(() =>
    (window.__cy?.nodes('.focus, .neighbour').map((n) => n.data('entity') as string) ?? []).sort(),
  );
  expect(highlighted).toContain('stat3');
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'Selection (highlighted entities and relations)' }).check();
  await menu.getByRole('radio', { name: 'Slide 16:9 (1920×1080)' }).check();
  await menu.getByLabel('Title (optional)').fill('STAT3 in TACE');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcc-atlas_tace_selection_slide-16x9_en.svg');
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const svg = readFileSync(path, 'utf8');
  expect(svg).toMatch(/<svg [^>]*width="1920" height="1080"/);
  const drawn = [...svg.matchAll(/<g id="node-[^"]*" class="[^"]*" data-entity="([^"]+)"/g)].map((m) => m[1]).sort();
  expect(drawn).toEqual(highlighted);
  expect(svg).toContain('>STAT3 in TACE<');
});

test('a chosen mechanism exports as the selection, named after it', async ({ page }, testInfo) => {
  await page.goto('/?therapy=tace&mechanism=tace-hypoxia-autophagy');
  await waitForDiagram(page, 10);
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('form', { name: 'Export the diagram as a figure' });
  await menu.getByRole('radio', { name: 'Selection (highlighted entities and relations)' }).check();
  await menu.getByRole('radio', { name: 'Journal, one column (85 mm)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcc-atlas_tace-hypoxia-autophagy_selection_journal-85_en.svg');
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const svg = readFileSync(path, 'utf8');
  const frames = [...svg.matchAll(/class="frame" data-mechanism="([^"]+)"/g)].map((m) => m[1]);
  expect(frames).toContain('tace-hypoxia-autophagy');
  const relations = [...svg.matchAll(/data-relation="[^"]+"[^>]*data-mechanism="([^"]+)"/g)].map((m) => m[1]);
  expect(relations.length).toBeGreaterThan(3);
  expect(new Set(relations)).toEqual(new Set(['tace-hypoxia-autophagy']));
});
