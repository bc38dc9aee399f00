/**
 * Opens a pathway file the person chose (file picker or drop) without blocking the page:
 * the size is checked before anything is read (the reader's limit, MAX_PATHWAY_CHARACTERS),
 * then the file is read and imported in a module worker (./import-worker.ts) that reports
 * progress. Every failure arrives as a rejected promise with a message naming the file and
 * what is wrong; nothing is thrown into the page and nothing is changed until it succeeds.
 */
import {
  type AliasChoice,
  type ImportStage,
  MAX_PATHWAY_CHARACTERS,
  type PathwayImport,
  PathwayImportError,
} from '../../io/pathway/pathway-import';
import type { ImportJob, ImportReply } from './import-worker';
import { symbolTable } from './symbol-table';

export interface ImportProgress {
  fraction: number;
  stage: ImportStage;
}

export interface ReadOptions {
  /** How aliases are read (default: suggested, not applied). */
  aliases?: AliasChoice;
}

export interface ImportTask {
  result: Promise<PathwayImport>;
  cancel: () => void;
}

/** A worker that has said nothing for this long is given up on (a 50 MB file parses in a few seconds). */
const STALL_MS = 60_000;

/** The refusal for a file above the limit, before a byte of it is read. */
export function sizeProblem(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_PATHWAY_CHARACTERS) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `${fileName} is ${mb(bytes)} MB; pathway files up to ${mb(MAX_PATHWAY_CHARACTERS)} MB are read`;
}

/** Where no Worker exists (an old browser, a test page), the import runs on the page. */
async function importOnPage(
  file: File,
  onProgress: (p: ImportProgress) => void,
  options: ReadOptions,
): Promise<PathwayImport> {
  // The readers (and the symbol table) load only when a file is opened; zod's setting before
  // the readers build their schemas (see src/zod-jitless.ts).
  await import('../../zod-jitless');
  const [{ importPathway }, resolver] = await Promise.all([import('../../io/pathway/import-pathway'), symbolTable()]);
  const text = await file.text();
  return importPathway(text, {
    fileName: file.name,
    ...(resolver ? { resolver } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    onProgress: (fraction, stage) => onProgress({ fraction, stage }),
  });
}

export function readPathwayFile(
  file: File,
  onProgress: (progress: ImportProgress) => void,
  options: ReadOptions = {},
): ImportTask {
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return { result: Promise.reject(new PathwayImportError(tooBig, file.name)), cancel: () => {} };
  if (typeof Worker === 'undefined') return { result: importOnPage(file, onProgress, options), cancel: () => {} };

  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  let reject: (error: Error) => void = () => {};
  const stop = () => {
    settled = true;
    clearTimeout(watchdog);
    worker.terminate();
  };
  const result = new Promise<PathwayImport>((resolve, fail) => {
    reject = fail;
    const watch = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stop();
        fail(new PathwayImportError(`${file.name}: the reader gave no answer for ${STALL_MS / 1000} s`, file.name));
      }, STALL_MS);
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        watch();
        onProgress({ fraction: reply.fraction, stage: reply.stage });
      } else if (reply.kind === 'done') {
        stop();
        resolve(reply.imported);
      } else {
        stop();
        fail(new PathwayImportError(reply.message, file.name));
      }
    };
    worker.onerror = (event) => {
      stop();
      fail(
        new PathwayImportError(
          `${file.name}: the reader could not run (${event.message || 'worker failed'})`,
          file.name,
        ),
      );
    };
    watch();
  });
  const job: ImportJob = { file, fileName: file.name, ...(options.aliases ? { aliases: options.aliases } : {}) };
  worker.postMessage(job);
  return {
    result,
    cancel: () => {
      if (settled) return;
      stop();
      reject(new PathwayImportError(`${file.name}: opening was cancelled`, file.name));
    },
  };
}
