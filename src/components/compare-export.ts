// Exports the comparison for the plans now shown, from the same per-plan files the tables were
// drawn from (already fetched, so nothing more is loaded).
import { selectionTables } from '../lib/site/compare-selection.ts';
import { csvDocument } from '../lib/site/csv.ts';
import { saveFile } from '../lib/site/clip/save-file.ts';
import { fileTitle, type TableData } from '../lib/site/tables/table.ts';
import { xlsxWorkbook } from '../lib/site/tables/xlsx/workbook.ts';
import { selectionData } from './compare/load.ts';
import { shownPlans } from './compare/view.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const notesSheet = (t: TableData) => ({
  name: '说明',
  headers: ['说明'],
  rows: [[t.title], ...t.notes.map((n) => [n])],
});

async function run(button: HTMLButtonElement): Promise<void> {
  const status = button.closest('.table-tools')?.querySelector('.tools-status');
  try {
    const tables = selectionTables(await selectionData(shownPlans()), shownPlans());
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
