/**
 * A table a researcher brings (an expression table, a gene list), as the app keeps it once
 * read: one identifier per row and numeric columns stored column by column. Only the shape
 * lives here: the readers that fill it are in src/io/table, the colouring and enrichment
 * read it, and the browser store keeps it as is (typed arrays survive structured clone).
 */

/** How a numeric column is drawn: signed values (log fold changes, z-scores) diverge around 0. */
export const COLUMN_SCALES = ['signed', 'unsigned'] as const;
export type ColumnScale = (typeof COLUMN_SCALES)[number];

export interface DatasetColumn {
  /** The header as the file gives it. */
  name: string;
  /** One value per row; NaN where the cell is empty or could not be read as a number. */
  values: Float64Array;
  /** `signed` when the column holds negative values, else `unsigned`; the user may override. */
  scale: ColumnScale;
}

export interface Dataset {
  /** Content hash of the file's text (hex): what a link records, so it names this data only. */
  id: string;
  /** The file name, or what the user called a pasted table. */
  name: string;
  /** ISO 8601 time it was read. */
  createdAt: string;
  /** The header of the identifier column (the first column unless the reader chose another). */
  identifierColumn: string;
  /** The identifiers as written in the file, one per row, after the duplicate rule is applied. */
  identifiers: string[];
  /** The numeric columns, in file order. A plain gene list has none. */
  columns: DatasetColumn[];
}
