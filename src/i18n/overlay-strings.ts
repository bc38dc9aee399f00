/**
 * The data overlay's strings, in both languages (kept beside strings.ts so the overlay's
 * many messages do not crowd the shared file), and the wording of a table report: the
 * reader returns data (src/io/table/table-report.ts), this says it. `{name}` marks a
 * value filled in by `fill`.
 */
import type { TableError, TableReport } from '../io/table/table-report';
import type { Language } from '../model/vocabulary';

const en = {
  panelData: 'Data',
  dataHeading: 'Your data on the atlas',
  privacy:
    'Your data never leaves this browser: it is read and kept here (IndexedDB), and nothing is uploaded anywhere.',
  privacyNotKept:
    'This browser cannot keep datasets (private window or blocked storage): they last until the page is closed.',
  pasteLabel: 'Paste a table (first column: gene symbols; further columns: numbers)',
  pastePlaceholder: 'gene\tlog2FC\nCD274\t2.1\nKU70\t-1.4',
  readPasted: 'Read pasted table',
  chooseFile: 'Choose a file (CSV, TSV, .xlsx)',
  dropHere: 'or drop a file here',
  reading: 'Reading…',
  pastedName: 'Pasted table',
  report: 'What was read',
  reportRows: '{rows} rows, {columns} columns ({format}{sheet}); identifiers from column “{id}”.',
  reportSkipped: 'Column “{column}” was not used for identifiers: {why}.',
  skippedRowNumbers: 'it holds row numbers (R row names)',
  skippedEnsembl: 'it holds Ensembl ids; the atlas matches HGNC symbols',
  skippedIntegers: 'it holds whole numbers (Entrez ids?); the atlas matches HGNC symbols',
  reportDecimal: 'Decimal commas were read (1,5 = 1.5).',
  reportEncoding: 'The file is not UTF-8; it was read as Windows-1252.',
  reportHeaderless: 'The first line is a gene, so the file was read as a list without a header.',
  columnKinds: 'Columns',
  kind_identifier: 'identifier',
  'kind_row-names': 'row names (not used)',
  kind_numeric: 'numbers',
  kind_text: 'text (not used as numbers)',
  kind_empty: 'empty',
  columnMissing: '{n} empty',
  columnUnreadable: '{n} not numbers',
  textExample: 'e.g. “{text}” in row {row}',
  unreadableHeading: 'Cells that are not numbers (kept as no data)',
  unreadableCell: 'row {row}, column “{column}”: “{text}”',
  unreadableMore: '… and {n} more',
  duplicatesHeading: 'Repeated identifiers: the first row is kept, later rows are dropped',
  duplicateRows: '{id}: rows {rows}',
  emptyIds: 'Rows without an identifier (dropped): {rows}',
  longRows: 'Rows with more cells than the header (extra cells not read): {rows}',
  matchHeading: 'Identifiers',
  matchInAtlas: 'in the atlas',
  matchNotInAtlas: 'real genes (HGNC) the atlas does not contain',
  matchAmbiguous: 'shared by several genes in HGNC (not matched)',
  matchUnrecognised: 'not recognised as HGNC symbols, previous symbols or aliases',
  sameGene: 'Rows naming one gene (the first is used): {list}',
  matchSource: 'Symbols: {source}.',
  loadingSymbols: 'Loading the HGNC symbol table…',
  datasets: 'Kept in this browser',
  noDatasets: 'No datasets yet.',
  datasetLine: '{rows} rows · {columns} columns · {date}',
  show: 'Show',
  shown: 'Shown',
  rename: 'Rename',
  renameLabel: 'New name for {name}',
  remove: 'Remove',
  removeLabel: 'Remove {name} from this browser',
  hideOverlay: 'Hide overlay',
  column: 'Column',
  previousColumn: 'Previous column',
  nextColumn: 'Next column',
  columnOf: 'Column {i} of {n}: {name}',
  slices: 'Show several columns as slices of each node (up to 4)',
  limits: 'Colour limits',
  limitRule: 'Default limits',
  rule_max: 'largest absolute value',
  rule_p99: '99th percentile',
  rule_p95: '95th percentile',
  limitSymmetric: '± limit',
  limitLow: 'Low',
  limitHigh: 'High',
  limitReset: 'Back to the default',
  derived: 'Compare two columns',
  derivedA: 'First column',
  derivedB: 'Second column',
  derivedDifference: 'difference (first − second)',
  'derivedLog2-ratio': 'log2 ratio (first / second)',
  derivedAdd: 'Add the comparison as a column',
  legendHeading: 'Your data',
  legendRange: '{column}: {low} to {high}',
  legendCentre: 'centred at 0',
  legendSlices: 'slices, left to right: {names}',
  legendNoData: 'gene without a value',
  legendFamily: 'families: the member of largest magnitude',
  legendAbove: 'above {high} (end colour)',
  legendBelow: 'below {low} (end colour)',
  detailsValue: 'Value ({column})',
  detailsAbove: 'above the colour limits, drawn ▲',
  detailsBelow: 'below the colour limits, drawn ▼',
  detailsNoData: 'no data',
  detailsFamilyRule: 'The family is coloured by {symbol}, its member of largest magnitude.',
  notFoundDataset:
    'The link shows a dataset this browser does not have; showing the plain view. Open the Data tab to add it.',
  storeUnavailable: 'Datasets cannot be kept in this browser ({reason}); they last until the page is closed.',
  storeCorrupt: 'A dataset kept in this browser could not be read and was skipped ({key}).',
  errorTooLarge:
    '{file} is {size} MB; tables of up to {limit} MB are read. Keep the gene column and the columns to draw.',
  errorEmpty: '{file} is empty.',
  errorBinary: '{file} is not a text table or a spreadsheet (CSV, TSV or .xlsx are read).',
  errorHeaderOnly: '{file} has a header but no rows.',
  errorNotTable_json: '{file} looks like JSON, not a table: save it as CSV or TSV.',
  errorNotTable_markup: '{file} looks like HTML or XML, not a table: save it as CSV or TSV.',
  errorNotTable_prose:
    '{file} looks like running text, not a table: one gene per line, or columns separated by tabs or commas.',
};

export type OverlayStringKey = keyof typeof en;

const zh: Record<OverlayStringKey, string> = {
  panelData: '数据',
  dataHeading: '在图谱上查看您的数据',
  privacy: '您的数据不会离开本浏览器：只在此处读取和保存（IndexedDB），不会上传到任何地方。',
  privacyNotKept: '本浏览器无法保存数据集（隐私窗口或存储被阻止）：关闭页面后即消失。',
  pasteLabel: '粘贴表格（第一列：基因符号；其余列：数值）',
  pastePlaceholder: 'gene\tlog2FC\nCD274\t2.1\nKU70\t-1.4',
  readPasted: '读取粘贴的表格',
  chooseFile: '选择文件（CSV、TSV、.xlsx）',
  dropHere: '或将文件拖放到此处',
  reading: '正在读取…',
  pastedName: '粘贴的表格',
  report: '读取结果',
  reportRows: '{rows} 行，{columns} 列（{format}{sheet}）；标识符取自“{id}”列。',
  reportSkipped: '“{column}”列未用作标识符：{why}。',
  skippedRowNumbers: '它是行号（R 的行名）',
  skippedEnsembl: '它是 Ensembl 编号；图谱按 HGNC 基因符号匹配',
  skippedIntegers: '它是整数（Entrez 编号？）；图谱按 HGNC 基因符号匹配',
  reportDecimal: '已按小数逗号读取（1,5 = 1.5）。',
  reportEncoding: '文件不是 UTF-8 编码，已按 Windows-1252 读取。',
  reportHeaderless: '第一行是基因，因此按无表头的基因列表读取。',
  columnKinds: '列',
  kind_identifier: '标识符',
  'kind_row-names': '行名（未使用）',
  kind_numeric: '数值',
  kind_text: '文本（不作数值使用）',
  kind_empty: '空',
  columnMissing: '{n} 个空值',
  columnUnreadable: '{n} 个非数值',
  textExample: '例如第 {row} 行的“{text}”',
  unreadableHeading: '无法读作数值的单元格（记为无数据）',
  unreadableCell: '第 {row} 行，“{column}”列：“{text}”',
  unreadableMore: '……另有 {n} 个',
  duplicatesHeading: '重复的标识符：保留第一行，其后的行被舍弃',
  duplicateRows: '{id}：第 {rows} 行',
  emptyIds: '没有标识符的行（已舍弃）：{rows}',
  longRows: '单元格多于表头的行（多出的单元格未读取）：{rows}',
  matchHeading: '标识符',
  matchInAtlas: '在图谱中',
  matchNotInAtlas: '是 HGNC 基因但不在图谱中',
  matchAmbiguous: '在 HGNC 中为多个基因共有（未匹配）',
  matchUnrecognised: '不是 HGNC 基因符号、曾用符号或别名',
  sameGene: '指向同一基因的多行（使用第一行）：{list}',
  matchSource: '基因符号来源：{source}。',
  loadingSymbols: '正在加载 HGNC 基因符号表…',
  datasets: '保存在本浏览器中',
  noDatasets: '尚无数据集。',
  datasetLine: '{rows} 行 · {columns} 列 · {date}',
  show: '显示',
  shown: '正在显示',
  rename: '重命名',
  renameLabel: '{name} 的新名称',
  remove: '删除',
  removeLabel: '从本浏览器删除 {name}',
  hideOverlay: '隐藏数据叠加',
  column: '数据列',
  previousColumn: '上一列',
  nextColumn: '下一列',
  columnOf: '第 {i} 列，共 {n} 列：{name}',
  slices: '将多列显示为每个节点的分段（最多 4 列）',
  limits: '颜色范围',
  limitRule: '默认范围',
  rule_max: '最大绝对值',
  rule_p99: '第 99 百分位数',
  rule_p95: '第 95 百分位数',
  limitSymmetric: '± 范围',
  limitLow: '下限',
  limitHigh: '上限',
  limitReset: '恢复默认',
  derived: '比较两列',
  derivedA: '第一列',
  derivedB: '第二列',
  derivedDifference: '差值（第一列 − 第二列）',
  'derivedLog2-ratio': 'log2 比值（第一列 / 第二列）',
  derivedAdd: '将比较结果添加为一列',
  legendHeading: '您的数据',
  legendRange: '{column}：{low} 至 {high}',
  legendCentre: '以 0 为中心',
  legendSlices: '分段（从左到右）：{names}',
  legendNoData: '该基因无数值',
  legendFamily: '蛋白家族：取绝对值最大的成员',
  legendAbove: '高于 {high}（取端点颜色）',
  legendBelow: '低于 {low}（取端点颜色）',
  detailsValue: '数值（{column}）',
  detailsAbove: '高于颜色范围，标记为 ▲',
  detailsBelow: '低于颜色范围，标记为 ▼',
  detailsNoData: '无数据',
  detailsFamilyRule: '该家族按其绝对值最大的成员 {symbol} 着色。',
  notFoundDataset: '链接所示的数据集不在本浏览器中；现显示普通视图。可在“数据”标签页中添加。',
  storeUnavailable: '本浏览器无法保存数据集（{reason}）；关闭页面后即消失。',
  storeCorrupt: '本浏览器中保存的一个数据集无法读取，已跳过（{key}）。',
  errorTooLarge: '{file} 大小为 {size} MB；只读取不超过 {limit} MB 的表格。请只保留基因列和要显示的列。',
  errorEmpty: '{file} 是空文件。',
  errorBinary: '{file} 不是文本表格或电子表格（可读取 CSV、TSV 或 .xlsx）。',
  errorHeaderOnly: '{file} 只有表头，没有数据行。',
  errorNotTable_json: '{file} 看起来是 JSON 而不是表格：请另存为 CSV 或 TSV。',
  errorNotTable_markup: '{file} 看起来是 HTML 或 XML 而不是表格：请另存为 CSV 或 TSV。',
  errorNotTable_prose: '{file} 看起来是一段文字而不是表格：每行一个基因，或用制表符或逗号分隔各列。',
};

export const OVERLAY_STRINGS: Record<Language, Record<OverlayStringKey, string>> = { en, zh };

/** `{name}` placeholders filled in (values are text, never markup). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const FORMAT_NAMES: Record<TableReport['format'], string> = {
  csv: 'CSV',
  tsv: 'TSV',
  semicolon: 'CSV, “;”',
  pipe: '“|”',
  list: 'list',
  spreadsheet: 'spreadsheet',
};

export function formatName(report: TableReport): string {
  return FORMAT_NAMES[report.format];
}

/** A refusal as one sentence naming the file and what to do. */
export function tableErrorMessage(error: TableError, language: Language): string {
  const s = OVERLAY_STRINGS[language];
  const file = error.fileName;
  switch (error.kind) {
    case 'too-large':
      return fill(s.errorTooLarge, {
        file,
        size: (error.size / 1e6).toFixed(1),
        limit: String(error.limit / 1e6),
      });
    case 'empty':
      return fill(s.errorEmpty, { file });
    case 'binary':
      return fill(s.errorBinary, { file });
    case 'header-only':
      return fill(s.errorHeaderOnly, { file });
    case 'not-a-table':
      return fill(s[`errorNotTable_${error.looksLike}`], { file });
  }
}
