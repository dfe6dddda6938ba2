// Exports the comparison for the plans now shown: the rows come from a JSON file built with the
// site, fetched on the first click so the page itself stays small.
import type { CompareData } from '../lib/site/compare-data.ts';
import { selectionTables } from '../lib/site/compare-selection.ts';
import { csvDocument } from '../lib/site/csv.ts';
import { saveFile } from '../lib/site/clip/save-file.ts';
import { fileTitle, type TableData } from '../lib/site/tables/table.ts';
import { xlsxWorkbook } from '../lib/site/tables/xlsx/workbook.ts';
import { shownPlans } from './compare-filter.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let loaded: Promise<CompareData> | null = null;

function compareData(url: string): Promise<CompareData> {
  loaded ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json() as Promise<CompareData>;
  });
  return loaded;
}

const notesSheet = (t: TableData) => ({
  name: '说明',
  headers: ['说明'],
  rows: [[t.title], ...t.notes.map((n) => [n])],
});

async function run(button: HTMLButtonElement): Promise<void> {
  const status = button.closest('.table-tools')?.querySelector('.tools-status');
  try {
    const tables = selectionTables(await compareData(button.dataset['src'] ?? ''), shownPlans());
    const kind = button.dataset['export'];
    if (kind === 'targets-csv')
      saveFile(
        `${fileTitle(tables.targets.title)}.csv`,
        csvDocument(tables.targets.headers, tables.targets.rows),
        'text/csv;charset=utf-8',
      );
    if (kind === 'tasks-csv')
      saveFile(
        `${fileTitle(tables.tasks.title)}.csv`,
        csvDocument(tables.tasks.headers, tables.tasks.rows),
        'text/csv;charset=utf-8',
      );
    if (kind === 'xlsx') {
      const sheets = [
        tables.grid,
        { name: '目标明细', ...tables.targets },
        { name: '任务', ...tables.tasks },
        notesSheet(tables.targets),
      ];
      saveFile(`${fileTitle(tables.targets.title.replace(/（目标）$/u, ''))}.xlsx`, xlsxWorkbook(sheets), XLSX);
    }
  } catch {
    if (status) status.textContent = '导出失败，请刷新页面后重试';
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.compare-export')) {
  button.hidden = false;
  button.addEventListener('click', () => void run(button));
}
