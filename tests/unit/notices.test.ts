import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/model/load-knowledge-base';
import {
  ACTION_LINGERS_MS,
  addNotice,
  GROUP_ABOVE,
  INFO_LINGERS_MS,
  lingers,
  linkNotices,
  MAX_NOTICES,
  type Notice,
  shorten,
} from '../../src/store/notices';
import { readPermalink } from '../../src/store/permalink';
import { createAppStore } from '../../src/store/store';
import { smallSources } from '../fixtures/small-kb';

const kb = loadKnowledgeBase(smallSources()).kb;

describe('shorten', () => {
  it('keeps short text, cuts long text at 40 characters with "…"', () => {
    expect(shorten('tace')).toBe('tace');
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(51_000))).toBe(`${'x'.repeat(40)}…`);
  });
  it('cuts by code points, never inside a surrogate pair', () => {
    expect(shorten('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
  });
  it('turns control characters and bidi overrides into spaces', () => {
    expect(shorten('a\u0000b\nc\u202ed')).toBe('a b c d');
  });
});

describe('addNotice', () => {
  it('appends a new text as info by default', () => {
    expect(addNotice([], { en: 'one', zh: '一' }, 7)).toEqual([
      { id: 7, en: 'one', zh: '一', level: 'info', count: 1 },
    ]);
  });
  it('counts the same text again instead of stacking it, moving it last', () => {
    let list: Notice[] = [];
    list = addNotice(list, { en: 'a', zh: 'a' }, 1);
    list = addNotice(list, { en: 'b', zh: 'b' }, 2);
    list = addNotice(list, { en: 'a', zh: 'a' }, 3);
    expect(list.map((n) => [n.id, n.en, n.count])).toEqual([
      [2, 'b', 1],
      [1, 'a', 2],
    ]);
  });
  it('keeps the same text with another level apart', () => {
    const list = addNotice(addNotice([], { en: 'a', zh: 'a' }, 1), { en: 'a', zh: 'a', level: 'error' }, 2);
    expect(list).toHaveLength(2);
  });
  it('keeps an action, and the same text raised again acts on the latest occasion', () => {
    const undo = (run: () => void) => ({
      text: { en: 'Undo', zh: '撤销' },
      label: { en: 'Undo x', zh: '撤销 x' },
      run,
    });
    const calls: string[] = [];
    let list = addNotice([], { en: 'Removed x.', zh: '已移除 x。', action: undo(() => calls.push('first')) }, 1);
    list = addNotice(list, { en: 'Removed x.', zh: '已移除 x。', action: undo(() => calls.push('second')) }, 2);
    expect(list).toHaveLength(1);
    expect(list[0].count).toBe(2);
    list[0].action?.run();
    expect(calls).toEqual(['second']);
  });
  it(`keeps at most ${MAX_NOTICES}, dropping the oldest`, () => {
    let list: Notice[] = [];
    for (let i = 0; i < MAX_NOTICES + 3; i++) list = addNotice(list, { en: `n${i}`, zh: `n${i}` }, i);
    expect(list.map((n) => n.en)).toEqual(['n3', 'n4', 'n5', 'n6', 'n7']);
  });
});

describe('lingers', () => {
  it('lets informational notices leave, keeps warnings and errors', () => {
    expect(lingers('info')).toBe(INFO_LINGERS_MS);
    // One that offers an action (Undo) stays long enough to be reached from the keyboard.
    expect(lingers('info', true)).toBe(ACTION_LINGERS_MS);
    expect(ACTION_LINGERS_MS).toBeGreaterThan(INFO_LINGERS_MS);
    expect(lingers('warning')).toBeNull();
    expect(lingers('error')).toBeNull();
  });
});

describe('linkNotices', () => {
  const problem = (i: number) => ({ en: `en ${i}`, zh: `zh ${i}`, brief: `p${i}="${i}"`, level: 'warning' as const });
  it(`gives up to ${GROUP_ABOVE} problems a notice each`, () => {
    expect(linkNotices([problem(1), problem(2), problem(3)]).map((n) => n.en)).toEqual(['en 1', 'en 2', 'en 3']);
  });
  it('groups more into one notice naming the first five', () => {
    const notices = linkNotices(Array.from({ length: 500 }, (_, i) => problem(i)));
    expect(notices).toEqual([
      {
        en: '500 link values ignored: p0="0", p1="1", p2="2", p3="3", p4="4", …',
        zh: '链接中有 500 个值无效，已忽略：p0="0"、p1="1"、p2="2"、p3="3"、p4="4"、…',
        level: 'warning',
      },
    ]);
  });
  it('ends without "…" when it names them all', () => {
    expect(linkNotices([1, 2, 3, 4].map(problem))[0].en).toBe('4 link values ignored: p1="1", p2="2", p3="3", p4="4"');
  });
});

describe('link notices from readPermalink', () => {
  it('500 unknown parameters give one grouped notice', () => {
    const query = `?${Array.from({ length: 500 }, (_, i) => `u${i}=v`).join('&')}`;
    const { notices } = readPermalink(query, kb);
    expect(notices).toHaveLength(1);
    expect(notices[0].en).toBe('500 link values ignored: u0="v", u1="v", u2="v", u3="v", u4="v", …');
  });
  it('a 51 KB value is echoed as 40 characters and "…"', () => {
    const { notices } = readPermalink(`?entity=${'x'.repeat(51_000)}`, kb);
    expect(notices[0].en).toBe(
      `The link's entity="${'x'.repeat(40)}…" is not valid and was ignored. Allowed: the id of an entity in the knowledge base.`,
    );
  });
  it('repeated parameters say the first value was used', () => {
    const { state, notices } = readPermalink('?therapy=a&therapy=b&lang=zh&lang=en', kb);
    expect(state.therapies).toEqual(['a']);
    expect(state.language).toBe('zh');
    expect(notices.map((n) => n.en)).toEqual([
      'The link gives therapy 2 times; the first, therapy="a", was used and the others ignored.',
      'The link gives lang 2 times; the first, lang="zh", was used and the others ignored.',
    ]);
    expect(notices[0].zh).toBe('链接中 therapy 出现了 2 次；已使用第一个值 therapy=“a”，其余已忽略。');
    expect(notices.every((n) => n.level === 'warning')).toBe(true);
  });
  it('a repeated unknown parameter is one ignored value', () => {
    expect(readPermalink('?x=1&x=2', kb).notices).toHaveLength(1);
  });
});

describe('store notices', () => {
  it('dismisses all at once and counts repeats', () => {
    const store = createAppStore({}, { panels: { left: false, right: false, legend: false } });
    const s = () => store.getState();
    s().notify({ en: 'one', zh: '一' });
    s().notify({ en: 'one', zh: '一' });
    s().notify({ en: 'two', zh: '二', level: 'warning' });
    expect(s().notices.map((n) => [n.en, n.count, n.level])).toEqual([
      ['one', 2, 'info'],
      ['two', 1, 'warning'],
    ]);
    s().dismissAllNotices();
    expect(s().notices).toEqual([]);
  });
});
