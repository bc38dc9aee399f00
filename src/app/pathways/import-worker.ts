/**
 * Pathway import worker: reads the file it is given and runs `importPathway` on it (pure
 * code from src/io/pathway, which validates the document it builds), posting progress as it
 * goes and then the import or the reason it could not be read. Parsing a 50 MB GPML or CX2
 * here keeps the page responsive.
 */
// First, as in main.tsx: zod runs jitless under the page's Content-Security-Policy.
import '../../zod-jitless';
import { importPathway } from '../../io/pathway/import-pathway';
import type { AliasChoice, ImportStage, PathwayFormat, PathwayImport } from '../../io/pathway/pathway-import';
import { symbolTable } from './symbol-table';

export interface ImportJob {
  file: Blob;
  fileName: string;
  format?: PathwayFormat;
  aliases?: AliasChoice;
}

export type ImportReply =
  | { kind: 'progress'; fraction: number; stage: ImportStage }
  | { kind: 'done'; imported: PathwayImport }
  | { kind: 'error'; message: string };

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const { file, fileName, format, aliases } = event.data;
  try {
    post({ kind: 'progress', fraction: 0, stage: 'reading the file' });
    const text = await file.text();
    const resolver = await symbolTable();
    const imported = importPathway(text, {
      fileName,
      ...(resolver ? { resolver } : {}),
      ...(format ? { format } : {}),
      ...(aliases ? { aliases } : {}),
      onProgress: (fraction, stage) => post({ kind: 'progress', fraction, stage }),
    });
    post({ kind: 'done', imported });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
