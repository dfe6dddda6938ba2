// "复制为表格": copies the table beside the button as HTML (pastes into Word as a table) and
// as tab-separated text, with a line saying where it comes from.
import { isoDay } from '../lib/site/citation/access-date.ts';
import { copyRich } from '../lib/site/clip/copy-rich.ts';
import { readTable } from '../lib/site/clip/read-table.ts';
import { matrixHtml, matrixText } from '../lib/site/clip/table-html.ts';
import { matrixRows } from '../lib/site/clip/matrix-rows.ts';
import { saveFile } from '../lib/site/clip/save-file.ts';
import { csvDocument } from '../lib/site/csv.ts';
import { xlsxWorkbook } from '../lib/site/tables/xlsx/workbook.ts';
import { makeTablesSortable } from './table-sort.ts';

function source(): string {
  return `来源：规划指标库 ${location.href}（${isoDay(new Date())}）`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-table')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const table = document.getElementById(button.dataset['table'] ?? '');
    const status = button.parentElement?.querySelector('.tools-status');
    if (!(table instanceof HTMLTableElement)) return;
    const matrix = readTable(table, source());
    const ok = await copyRich(matrixHtml(matrix), matrixText(matrix));
    if (status) status.textContent = ok ? '表格已复制，可粘贴到 Word 或 WPS' : '复制失败，请选中表格后手动复制';
    window.setTimeout(() => {
      if (status) status.textContent = '';
    }, 5000);
  });
}

// Tables without a file built with the site (a page of a long listing, a narrowed table) save
// what the page shows, in the order it is sorted.
for (const button of document.querySelectorAll<HTMLButtonElement>('button.save-table')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const table = document.getElementById(button.dataset['table'] ?? '');
    if (!(table instanceof HTMLTableElement)) return;
    const { headers, rows } = matrixRows(readTable(table, source()));
    const name = button.dataset['file'] ?? 'table';
    if (button.dataset['format'] === 'xlsx')
      saveFile(
        `${name}.xlsx`,
        xlsxWorkbook([{ name: name.slice(0, 31), headers, rows }]),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    else saveFile(`${name}.csv`, csvDocument(headers, rows), 'text/csv;charset=utf-8');
  });
}

makeTablesSortable();
