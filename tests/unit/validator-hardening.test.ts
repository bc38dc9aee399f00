/**
 * What the validator used to let through or crash on (issue 13), each case by name:
 * duplicate keys, invalid UTF-8 and a BOM, deep nesting, component cycles, repeated ids,
 * unsafe URLs, control and bidi characters, the cost of locating many problems and of
 * suggesting for huge ids.
 */
import { describe, expect, it } from 'vitest';
import { loadLayouts } from '../../src/model/layout-file';
import { boundedDistance, loadKnowledgeBase, MAX_SUGGESTED_LENGTH, suggest } from '../../src/model/load-knowledge-base';
import {
  decodeSource,
  firstInvalidUtf8,
  forbiddenCharacter,
  lineIndex,
  MAX_DEPTH,
  parseJsonWithLocations,
} from '../../src/model/parse-file';
import { formatProblem, quote } from '../../src/model/problems';
import type { GraphDocumentInput } from '../../src/model/schema';
import { loadStories } from '../../src/model/story';
import { relation, smallDocument, smallSources } from '../fixtures/small-kb';

const errorsOf = (sources: Array<{ file: string; text: string }>) =>
  loadKnowledgeBase(sources)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

const errorsOfDoc = (change: (doc: GraphDocumentInput) => void) => {
  const doc = smallDocument();
  change(doc);
  return errorsOf(smallSources(doc));
};

const encode = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('duplicate JSON keys', () => {
  it('are rejected, naming both positions, instead of the last one winning', () => {
    const text = smallSources()[0].text.replace(
      '"source": "hyp",',
      '"source": "no-such-entity", "type": "not-a-type", "source": "hyp",',
    );
    const lines = errorsOf([{ file: 'graphs/small.json', text }]);
    const line = text.split('\n').findIndex((l) => l.includes('"no-such-entity"')) + 1;
    const first = text.split('\n')[line - 1].indexOf('"source"') + 1;
    const second = text.split('\n')[line - 1].lastIndexOf('"source"') + 1;
    expect(lines).toContain(
      `graphs/small.json:${line}:${second}: error: $.relations[0].source: duplicate key "source": first at ${line}:${first}, again at ${line}:${second}; a key may appear once in an object (only the last would be kept)`,
    );
    // The second "type" too, and the record is left out rather than read with either value.
    expect(lines.some((l) => l.includes('$.relations[0].type: duplicate key "type"'))).toBe(true);
  });

  it('in a story are rejected too', () => {
    const { problems } = loadStories(
      [{ file: 'graphs/stories/s.json', text: '{\n  "id": "s",\n  "id": "t"\n}' }],
      loadKnowledgeBase(smallSources()).kb,
    );
    expect(problems.map(formatProblem)).toContain(
      'graphs/stories/s.json:3:3: error: $.id: duplicate key "id": first at 2:3, again at 3:3; a key may appear once in an object (only the last would be kept)',
    );
  });
});

describe('invalid UTF-8 and the byte-order mark', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(encode('plain 中文 ✓ 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xff]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xe4, 0xb8]))).toBe(2); // cut off at the end
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(1); // above U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x80]))).toBe(1); // a lone continuation byte
  });

  it('is rejected with the byte offset, line and column, instead of shipping U+FFFD', () => {
    const bytes = concat(encode('{\n  "entities": [{ "id": "a'), new Uint8Array([0xff]), encode('" }]\n}'));
    const source = decodeSource('graphs/bad.json', bytes);
    expect(source.text).toBe('');
    const lines = errorsOf([source]);
    expect(lines).toEqual([
      // Offset 27 is the byte after the 27 before it; line 2 starts at offset 2.
      'graphs/bad.json:2:26: error: $: invalid UTF-8 at byte offset 27 (0xff); save the file as UTF-8',
    ]);
  });

  it('decodes valid UTF-8 as is', () => {
    expect(decodeSource('x.json', encode('{"a": "缺氧"}')).text).toBe('{"a": "缺氧"}');
  });

  it('reports a byte-order mark and says to save without it', () => {
    const source = decodeSource('graphs/bom.json', concat(new Uint8Array([0xef, 0xbb, 0xbf]), encode('{}')));
    expect(errorsOf([source])).toEqual([
      'graphs/bom.json:1:1: error: $: the file starts with a UTF-8 byte-order mark; save it without BOM',
    ]);
  });
});

describe('deep nesting', () => {
  it(`refuses more than ${MAX_DEPTH} levels with the path, without overflowing the stack`, () => {
    const depth = 5000;
    const text = `{"entities": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const { problems } = parseJsonWithLocations('graphs/deep.json', text);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe(
      `nested deeper than ${MAX_DEPTH} levels of objects and arrays; a graph file needs a handful`,
    );
    // The object is level 1 and "entities" level 2: the 65th level is 63 indices further in.
    expect(problems[0].path).toBe(`$.entities${'[0]'.repeat(MAX_DEPTH - 1)}`);
    expect(problems[0]).toMatchObject({ line: 1, column: 14 + MAX_DEPTH - 1 });
  });

  it(`accepts exactly ${MAX_DEPTH} levels`, () => {
    const text = `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`;
    expect(parseJsonWithLocations('x.json', text).problems).toEqual([]);
    const deeper = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    expect(parseJsonWithLocations('x.json', deeper).problems).toHaveLength(1);
  });

  it('is not fooled by brackets inside strings', () => {
    const text = JSON.stringify({ description: '['.repeat(500) });
    expect(parseJsonWithLocations('x.json', text).problems).toEqual([]);
  });
});

describe('therapy components', () => {
  it('rejects a therapy listing itself', () => {
    const lines = errorsOfDoc((doc) => {
      doc.therapies?.[2].components?.push('ab');
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\$\.therapies\[2\]\.components\[2\]: therapy "ab" lists itself as a component; a combination is made of other therapies$/,
      ),
    );
  });

  it('rejects a cycle, naming it once', () => {
    const lines = errorsOfDoc((doc) => {
      const therapies = doc.therapies ?? [];
      therapies[0].components = ['ab'];
    });
    const cycles = lines.filter((l) => l.includes('form a cycle'));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatch(/therapy components form a cycle: "a" → "ab" → "a"/);
  });

  it('handles a long chain without recursion', () => {
    const doc = smallDocument();
    const chain = Array.from({ length: 20_000 }, (_, i) => ({
      id: `t${i}`,
      kind: 'combination' as const,
      label: { en: `T${i}`, zh: `T${i}` },
      name: { en: `T${i}`, zh: `T${i}` },
      components: [`t${(i + 1) % 20_000}`],
    }));
    doc.therapies?.push(...chain);
    const cycles = errorsOf(smallSources(doc)).filter((l) => l.includes('form a cycle'));
    expect(cycles).toHaveLength(1);
  });
});

describe('repeated ids in id lists', () => {
  it("rejects a repeat in a mechanism's therapies and a relation's therapies, at the repeat", () => {
    const lines = errorsOfDoc((doc) => {
      doc.mechanisms?.[0].therapies.push('a');
      doc.relations?.push(relation('r8', 'hyp', 's1', ['a', 'a']));
    });
    expect(lines).toContainEqual(
      expect.stringContaining('$.mechanisms[0].therapies[1]: repeats "a" (already at [0]); list each once'),
    );
    expect(lines).toContainEqual(
      expect.stringContaining('$.relations[7].therapies[1]: repeats "a" (already at [0]); list each once'),
    );
  });

  it('rejects repeated reference numbers, components, aliases and members', () => {
    const lines = errorsOfDoc((doc) => {
      doc.relations?.push({ ...relation('r8', 'hyp', 's1', ['a']), references: [1, 1] });
      doc.therapies?.[2].components?.push('a');
      doc.entities?.push({
        id: 'fam',
        type: 'family',
        label: { en: 'F' },
        members: ['AKT1', 'AKT1'],
        aliases: ['x', 'x'],
      });
    });
    for (const path of [
      '$.relations[7].references[1]',
      '$.therapies[2].components[2]',
      '$.entities[8].members[1]',
      '$.entities[8].aliases[1]',
    ])
      expect(
        lines.some((l) => l.includes(`${path}: repeats`)),
        path,
      ).toBe(true);
  });

  it("rejects a repeat in a story step's reveal list", () => {
    const kb = loadKnowledgeBase(smallSources()).kb;
    const story = {
      id: 's',
      title: { en: 'S', zh: '故事' },
      therapies: ['a'],
      steps: [
        {
          caption: { en: 'c', zh: '说明' },
          reveal: { entities: ['hyp', 'hyp'], relations: ['r1', 'r1'] },
          references: [1],
        },
      ],
    };
    const { problems } = loadStories([{ file: 's.json', text: JSON.stringify(story, null, 2) }], kb);
    const messages = problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('$.steps[0].reveal.entities[1]: repeats "hyp" (already at [0]); list each once');
    expect(messages).toContain('$.steps[0].reveal.relations[1]: repeats "r1" (already at [0]); list each once');
  });

  it('rejects a repeated therapy in a layout view', () => {
    const kb = loadKnowledgeBase(smallSources()).kb;
    const layout = { view: { therapies: ['a', 'a'], withComponents: true, direction: 'TB' }, positions: {} };
    const { problems } = loadLayouts([{ file: 'l.json', text: JSON.stringify(layout) }], kb, () => new Set());
    expect(problems.map((p) => p.message)).toContain('repeats "a" (already at [0]); list each once');
  });
});

describe('reference URLs', () => {
  const urlErrors = (url: string) =>
    errorsOfDoc((doc) => {
      const reference = doc.references?.[0];
      if (reference) reference.url = url;
    });

  it.each(['javascript:alert(11)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org/a', 'https://'])(
    'rejects %s',
    (url) => {
      expect(urlErrors(url)).toContainEqual(
        expect.stringContaining(
          '$.references[0].url: must be an http:// or https:// address (a DOI as https://doi.org/10.…)',
        ),
      );
    },
  );

  it.each(['https://doi.org/10.1016/j.jhep.2020.01.001', 'http://www.example.org/a.pdf'])('accepts %s', (url) => {
    expect(urlErrors(url)).toEqual([]);
  });
});

describe('control characters and bidi controls in text', () => {
  it.each([
    ['0000', 'control character U+0000'],
    ['001B', 'control character U+001B'],
    ['000D', 'control character U+000D'],
    ['007F', 'control character U+007F'],
    ['009B', 'control character U+009B'],
    ['202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['202A', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
  ])('rejects U+%s in a label, with path and code point', (code, named) => {
    const lines = errorsOfDoc((doc) => {
      const entity = doc.entities?.[0];
      if (entity) entity.label.en = `Hyp${String.fromCharCode(Number.parseInt(code, 16))}oxia`;
    });
    // The entity is left out, so the relation from it reports "hyp" unknown as well.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^graphs\/small\.json:\d+:\d+: error: \$\.entities\[0\]\.label\.en: contains /);
    expect(lines[0]).toContain(`${named} at character 4`);
  });

  it('allows tab and line feed in long text but not in a label', () => {
    expect(forbiddenCharacter('a\tb\nc', true)).toBeUndefined();
    expect(forbiddenCharacter('a\nb', false)).toMatch(
      /U\+000A at character 2; tabs and line breaks are allowed only in long text/,
    );
    const lines = errorsOfDoc((doc) => {
      const r = doc.relations?.[0];
      if (r) r.evidence = { zh: '第一段\n第二段', en: 'one\ttwo' };
    });
    expect(lines).toEqual([]);
  });

  it('rejects an unpaired surrogate but keeps a pair', () => {
    expect(forbiddenCharacter('𝄞', false)).toBeUndefined();
    expect(forbiddenCharacter('a\ud800b', false)).toMatch(/unpaired surrogate U\+D800 at character 2/);
  });

  it('checks keys too', () => {
    const { problems } = parseJsonWithLocations('x.json', '{"a\\u202eb": 1}');
    expect(problems[0].message).toMatch(/^the key contains U\+202E RIGHT-TO-LEFT OVERRIDE/);
  });

  it('leaves out only the record with the bad text, so other records are still checked', () => {
    const lines = errorsOfDoc((doc) => {
      const entity = doc.entities?.[0];
      if (entity) entity.label.en = 'Hyp\u0000oxia';
    });
    // The relations pointing at "hyp" report it unknown: it was left out, not accepted.
    expect(lines.filter((l) => l.includes('source "hyp" is not a known entity'))).toHaveLength(1);
  });
});

describe('locating problems', () => {
  it('finds line and column by binary search over line starts', () => {
    const at = lineIndex('ab\ncd\n\nef');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(6)).toEqual({ line: 3, column: 1 });
    expect(at(8)).toEqual({ line: 4, column: 2 });
  });

  it('locates 10,000 problems in a 50,000-entity file in well under the 300 s it took', () => {
    const doc = smallDocument();
    const entities = Array.from({ length: 50_000 }, (_, i) => ({
      id: `e${i}`,
      type: i < 10_000 ? 'protein' : 'process',
      label: { en: `E${i}` },
    }));
    doc.entities = entities as GraphDocumentInput['entities'];
    const started = performance.now();
    const { problems } = loadKnowledgeBase(smallSources(doc));
    const seconds = (performance.now() - started) / 1000;
    expect(problems.filter((p) => p.message.startsWith('is not allowed')).length).toBe(10_000);
    expect(problems.every((p) => p.line !== undefined)).toBe(true);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('suggestions and long values', () => {
  /** The plain dynamic-programming distance, to check the banded one against. */
  const fullDistance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };

  it('computes the banded distance exactly up to its bound', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () =>
      Array.from({ length: Math.floor(random() * 9) }, () => 'abc-'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 3000; n++) {
      const [a, b, bound] = [word(), word(), Math.floor(random() * 4)];
      expect(boundedDistance(a, b, bound), `${a} ${b} ${bound}`).toBe(Math.min(fullDistance(a, b), bound + 1));
    }
  });

  it('stays fast with 1,000 unknown ids among 50,000 entities (it took minutes)', () => {
    const doc = smallDocument();
    doc.entities?.push(
      ...Array.from({ length: 50_000 }, (_, i) => ({
        id: `big-${i}`,
        type: 'process' as const,
        label: { en: `E${i}` },
      })),
    );
    doc.relations?.push(...Array.from({ length: 1000 }, (_, i) => relation(`bad-${i}`, `nope-${i}`, 'out', ['a'])));
    const started = performance.now();
    const lines = errorsOf(smallSources(doc));
    expect(lines.filter((l) => l.includes('is not a known entity'))).toHaveLength(1000);
    expect((performance.now() - started) / 1000).toBeLessThan(20);
  }, 60_000);

  it(`suggests only for ids up to ${MAX_SUGGESTED_LENGTH} characters`, () => {
    expect(suggest('stat', ['stat3', 'hif1a'])).toEqual(['stat3']);
    expect(suggest(`stat3${'x'.repeat(MAX_SUGGESTED_LENGTH)}`, ['stat3'])).toEqual([]);
  });

  it('handles a 1 MB unknown id in milliseconds, shortened in the message', () => {
    const huge = 'a'.repeat(1_000_000);
    const started = performance.now();
    const lines = errorsOfDoc((doc) => {
      doc.relations?.push(relation('r8', huge, 's1', ['a']));
    });
    expect(performance.now() - started).toBeLessThan(2000);
    const line = lines.find((l) => l.includes('is not a known entity')) ?? '';
    expect(line).toContain(`source "${'a'.repeat(40)}"… (1000000 characters) is not a known entity`);
    expect(line.length).toBeLessThan(300);
  });

  it('shortens long values and long keys in paths', () => {
    expect(quote('short')).toBe('"short"');
    expect(quote('x'.repeat(41))).toBe(`"${'x'.repeat(40)}"… (41 characters)`);
    const { problems } = parseJsonWithLocations('x.json', `{"${'k'.repeat(100)}": 1, "${'k'.repeat(100)}": 2}`);
    expect(problems[0].path).toBe(`$["${'k'.repeat(40)}"… (100 characters)]`);
  });

  it('checks a long HGNC-like symbol in linear time', () => {
    const started = performance.now();
    const lines = errorsOfDoc((doc) => {
      doc.entities?.push({ id: 'g', type: 'gene', symbol: `${'A'.repeat(200_000)}!`, label: { en: 'G' } });
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lines.some((l) => l.includes('$.entities[8].symbol: must have the form of an HGNC approved symbol'))).toBe(
      true,
    );
  });
});

describe('response tables and treatment lines', () => {
  it('rejects two treatment lines with one id', () => {
    const lines = errorsOfDoc((doc) => {
      const line = doc.treatmentLines?.[0];
      if (line) doc.treatmentLines?.push(structuredClone(line));
    });
    expect(lines).toContainEqual(expect.stringContaining('$.treatmentLines[1]: duplicate treatment line id "first"'));
  });
});
