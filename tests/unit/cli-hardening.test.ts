/**
 * The `graph` command on what used to print raw stacks, wait forever or write where it
 * must not (issue 13), each case by name: odd --graphs folders and files, --out paths,
 * kept modes and links, failed writes, and one line for every failure.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/cli/failure';
import { CommandError, outputPath, readSource, UsageError, type WriteFs, writeAtomically } from '../../src/cli/files';

function graph(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, out: result.stdout, err: result.stderr, timedOut: result.error !== undefined };
}

const STACK = /\n\s+at |Error: |node:internal/;
const temp = () => fs.mkdtempSync(join(tmpdir(), 'graph-hard-'));

/** A copy of the knowledge base to break, so graphs/ itself is never touched. */
function copyOfGraphs(): string {
  const dir = join(temp(), 'kb');
  fs.cpSync('graphs', dir, { recursive: true });
  return dir;
}

/** stderr is one line (plus the usage hint for usage errors), and no stack trace. */
function expectOneLine(err: string) {
  expect(err).not.toMatch(STACK);
  const lines = err.trim().split('\n');
  expect(lines.length, err).toBeLessThanOrEqual(2);
  if (lines.length === 2) expect(lines[1]).toBe('(run "npm run graph -- --help" for usage)');
}

describe('graph validate --graphs', { timeout: 20_000 }, () => {
  it('a missing folder is an error with exit 2, not "0 error(s)"', () => {
    const r = graph('validate', '--graphs', '/no/such/dir');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^graph: --graphs \/no\/such\/dir: no such folder; give the knowledge base folder/);
    expect(r.out).not.toContain('0 error(s)');
    expectOneLine(r.err);
  });

  it('an empty folder is an error with exit 2', () => {
    const r = graph('validate', '--graphs', temp());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the folder holds no graph files \(\*\.json\); is it the right folder\?/);
    expectOneLine(r.err);
  });

  it('a file is an error with exit 2', () => {
    const r = graph('validate', '--graphs', 'graphs/entities.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--graphs graphs\/entities\.json: is a file, not a folder/);
    expectOneLine(r.err);
  });

  it('the other commands refuse a missing folder the same way', () => {
    const r = graph('stats', '--graphs', '/no/such/dir');
    expect(r.code).toBe(2);
    expectOneLine(r.err);
  });
});

describe('graph validate on files that are not regular files', { timeout: 20_000 }, () => {
  it('a folder named x.json, a dangling and a looping link, a named pipe: one line each, promptly', () => {
    const dir = copyOfGraphs();
    fs.mkdirSync(join(dir, 'folder.json'));
    fs.symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
    fs.symlinkSync(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
    fs.symlinkSync(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
    const fifo = spawnSync('mkfifo', [join(dir, 'fifo.json')]);
    const started = Date.now();
    const r = graph('validate', '--graphs', dir);
    expect(r.timedOut, 'validate waited on the pipe').toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const line = (name: string) => r.out.split('\n').find((l) => l.includes(`${name}: error: $: `)) ?? `${name}: none`;
    expect(line('folder.json')).toMatch(/: a folder, not a regular file; a graph file must be a plain JSON file$/);
    expect(line('dangling.json')).toMatch(
      /: a symbolic link to .*nowhere\.json, which does not exist; fix or remove the link$/,
    );
    expect(line('loop-a.json')).toMatch(/: a symbolic link that loops back on itself; fix or remove the link$/);
    if (fifo.status === 0)
      expect(line('fifo.json')).toMatch(/: a named pipe, not a regular file; a graph file must be a plain JSON file$/);
    expect(r.out).toMatch(/5 error\(s\)|4 error\(s\)/);
  });

  it('reads a link to a regular file as the file', () => {
    const dir = temp();
    fs.writeFileSync(join(dir, 'real.json'), '{}');
    fs.symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    expect(readSource(join(dir, 'link.json'), dir)).toEqual({ file: 'link.json', text: '{}' });
  });

  it('names a file given on the command line that does not exist', () => {
    const r = graph('validate', 'graphs/no-such-file.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('graphs/no-such-file.json: error: $: no such file');
  });

  it('reports invalid UTF-8 with its byte offset, end to end', () => {
    const dir = copyOfGraphs();
    const file = join(dir, 'atlas.json');
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('"title"');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]));
    const r = graph('validate', '--graphs', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      new RegExp(`atlas\\.json:\\d+:\\d+: error: \\$: invalid UTF-8 at byte offset ${at + 1} \\(0x28\\)`),
    );
  });
});

describe('graph export --out', { timeout: 20_000 }, () => {
  it('rejects an empty path instead of writing to stdout', () => {
    const r = graph('export', '--format', 'sif', '--out', '');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^graph: --out needs a file name/);
    expectOneLine(r.err);
  });

  it('refuses to overwrite a file of the knowledge base', () => {
    const before = fs.readFileSync('graphs/entities.json', 'utf8');
    const r = graph('export', '--format', 'json', '--out', 'graphs/entities.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /--out graphs\/entities\.json is inside the knowledge base folder graphs\/; write outputs elsewhere/,
    );
    expect(fs.readFileSync('graphs/entities.json', 'utf8')).toBe(before);
    expectOneLine(r.err);
  });

  it('refuses a path inside the knowledge base reached through a link, and a figure there too', () => {
    const dir = temp();
    fs.symlinkSync(join(process.cwd(), 'graphs'), join(dir, 'g'));
    const r = graph('figure', '--therapy', 'tace', '--out', join(dir, 'g', 'x.svg'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is inside the knowledge base folder graphs\//);
    expect(fs.existsSync('graphs/x.svg')).toBe(false);
  });

  it('reports a missing folder in one line', () => {
    const r = graph('export', '--format', 'sif', '--out', '/no/such/dir/x.sif');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'graph: cannot write /no/such/dir/x.sif: the folder /no/such/dir does not exist; create it first\n',
    );
  });

  it('reports a folder as the target in one line', () => {
    const dir = temp();
    const r = graph('export', '--format', 'sif', '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .* is a folder; give a file name such as/);
    expectOneLine(r.err);
  });

  it("keeps an existing target's mode", () => {
    const out = join(temp(), 'private.sif');
    fs.writeFileSync(out, 'old');
    fs.chmodSync(out, 0o600);
    const r = graph('export', '--format', 'sif', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(out, 'utf8')).not.toBe('old');
  });

  it('writes through a symbolic link to its target, keeping the link', () => {
    const dir = temp();
    const target = join(dir, 'target.sif');
    const link = join(dir, 'link.sif');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    const r = graph('export', '--format', 'sif', '--out', link);
    expect(r.code, r.err).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/\t/);
  });

  it('refuses a dangling link', () => {
    const dir = temp();
    fs.symlinkSync(join(dir, 'missing.sif'), join(dir, 'link.sif'));
    const r = graph('export', '--format', 'sif', '--out', join(dir, 'link.sif'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is a symbolic link to .*missing\.sif, which does not exist; write to a file instead/);
    expect(fs.existsSync(join(dir, 'missing.sif'))).toBe(false);
  });
});

describe('graph export --with-components', { timeout: 20_000 }, () => {
  it('refuses a knowledge base whose therapy components form a cycle, instead of adding relations', () => {
    const dir = copyOfGraphs();
    const file = join(dir, 'therapies.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      therapies: Array<{ id: string; components?: string[] }>;
    };
    const tace = doc.therapies.find((t) => t.id === 'tace');
    if (tace) tace.components = ['tace-haic'];
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const r = graph('export', '--graphs', dir, '--format', 'json', '--therapy', 'tace', '--with-components');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /therapies\.json:\d+:\d+: error: \$\.therapies\[\d+\]\.components\[\d+\]: therapy components form a cycle: "tace" → "tace-haic" → "tace"/,
    );
  });
});

describe('graph schema --out', { timeout: 20_000 }, () => {
  it("may write the knowledge base's schema/ folder, which is its job, but no other file there", () => {
    const dir = copyOfGraphs();
    const ok = graph('schema', '--graphs', dir, '--out', join(dir, 'schema'));
    expect(ok.code, ok.err).toBe(0);
    const before = fs.readFileSync(join(dir, 'entities.json'), 'utf8');
    const refused = graph('schema', '--graphs', dir, '--out', join(dir, 'entities.json'));
    expect(refused.code).toBe(2);
    expect(fs.readFileSync(join(dir, 'entities.json'), 'utf8')).toBe(before);
  });
});

describe('writeAtomically', () => {
  const failing = (what: 'write' | 'rename', code: string): WriteFs => ({
    ...fs,
    writeFileSync: (path, data, options) => {
      if (what === 'write') {
        // Half a file, then the disk fills up.
        fs.writeFileSync(path, String(data).slice(0, 3), options);
        throw Object.assign(new Error(`${code}: simulated`), { code });
      }
      fs.writeFileSync(path, data, options);
    },
    renameSync: (from, to) => {
      if (what === 'rename') throw Object.assign(new Error(`${code}: simulated`), { code });
      fs.renameSync(from, to);
    },
  });

  it.each([
    ['write', 'ENOSPC', 'no space left on the device'],
    ['rename', 'EACCES', 'permission denied in'],
    ['rename', 'EXDEV', 'EXDEV: simulated'],
  ] as const)('a failed %s (%s) leaves the old file as it was, and no temporary file', (what, code, said) => {
    const dir = temp();
    const out = join(dir, 'figure.svg');
    fs.writeFileSync(out, 'the old figure');
    expect(() => writeAtomically(out, 'the new figure', failing(what, code))).toThrow(CommandError);
    expect(() => writeAtomically(out, 'the new figure', failing(what, code))).toThrow(said);
    expect(fs.readFileSync(out, 'utf8')).toBe('the old figure');
    expect(fs.readdirSync(dir)).toEqual(['figure.svg']);
  });

  it('writes the new content and keeps the mode when nothing fails', () => {
    const out = join(temp(), 'a.txt');
    fs.writeFileSync(out, 'old');
    fs.chmodSync(out, 0o640);
    writeAtomically(out, 'new');
    expect(fs.readFileSync(out, 'utf8')).toBe('new');
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
  });
});

describe('outputPath', () => {
  it('refuses an empty or blank path, a folder and anything inside --graphs', () => {
    expect(() => outputPath('', { graphs: 'graphs' })).toThrow(UsageError);
    expect(() => outputPath('  ', { graphs: 'graphs' })).toThrow('--out needs a file name');
    expect(() => outputPath('graphs', { graphs: 'graphs' })).toThrow('is a folder');
    expect(() => outputPath('graphs/relations/new.json', { graphs: 'graphs' })).toThrow(
      'inside the knowledge base folder',
    );
    expect(() => outputPath('graphs/schema/x.json', { graphs: 'graphs', allowed: 'schema' })).not.toThrow();
    expect(() => outputPath('graphs/x.json', { graphs: 'graphs', allowed: 'schema' })).toThrow(
      'inside the knowledge base',
    );
  });
});

describe('no stack trace reaches a user', { timeout: 20_000 }, () => {
  it('an unknown command and an unknown option are one line with exit 2', () => {
    for (const args of [['frobnicate'], ['validate', '--frobnicate']]) {
      const r = graph(...args);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
    }
  });

  it('an unforeseen error is one line saying it is a bug; GRAPH_DEBUG adds the stack', () => {
    const { text, code } = failureMessage(new TypeError('x is undefined'), 'figure');
    expect(code).toBe(1);
    expect(text).toBe(
      'graph figure: unexpected failure: x is undefined; this is a bug in the graph command, please report it with the command line\n',
    );
    expect(failureMessage(new UsageError('bad'), 'export')).toEqual({
      text: 'graph: bad\n(run "npm run graph -- --help" for usage)\n',
      code: 2,
    });
    expect(failureMessage(new CommandError('cannot write x'), 'export')).toEqual({
      text: 'graph: cannot write x\n',
      code: 1,
    });
    const previous = process.env.GRAPH_DEBUG;
    process.env.GRAPH_DEBUG = '1';
    try {
      expect(failureMessage(new TypeError('x'), 'figure').text).toMatch(/\n\s+at /);
    } finally {
      if (previous === undefined) delete process.env.GRAPH_DEBUG;
      else process.env.GRAPH_DEBUG = previous;
    }
  });

  it('a review path that is a folder is one line', () => {
    const r = graph('audit', '--review', 'graphs');
    expect(r.code).toBe(2);
    expectOneLine(r.err);
  });
});
