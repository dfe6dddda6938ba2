// The download buttons: Word (its library fetched only on the first press), Excel and CSV, all
// from the rows on screen and the values typed; nothing leaves the browser.
import { saveFile } from '../../lib/site/clip/save-file.ts';
import { csvDocument } from '../../lib/site/csv.ts';
import { fileTitle } from '../../lib/site/tables/table.ts';
import { xlsxWorkbook } from '../../lib/site/tables/xlsx/workbook.ts';
import { draftTable } from '../../lib/site/workbench/export-table.ts';
import { proposals } from './propose.ts';
import { current } from './view.ts';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};
const status = document.querySelector<HTMLElement>('.wb-export-status');

async function run(kind: string): Promise<void> {
  const table = draftTable(current.rows, proposals, (href) => new URL(href, location.href).href);
  const name = fileTitle(current.title);
  if (kind === 'csv') saveFile(`${name}.csv`, csvDocument(table.headers, table.rows), TYPES.csv);
  if (kind === 'xlsx') {
    const notes = { name: '说明', headers: ['说明'], rows: [[current.title], ...current.notes.map((n) => [n])] };
    saveFile(`${name}.xlsx`, xlsxWorkbook([{ name: '起草参考', ...table }, notes]), TYPES.xlsx);
  }
  if (kind === 'docx') {
    if (status) status.textContent = '正在生成 Word 文档……';
    const { draftDocx } = await import('./docx-file.ts');
    saveFile(`${name}.docx`, await draftDocx(current.title, table, current.notes), TYPES.docx);
  }
  if (status) status.textContent = '已下载';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.wb-export'))
  button.addEventListener('click', () => {
    run(button.dataset['export'] ?? '').catch(() => {
      if (status) status.textContent = '导出失败，请刷新页面后重试';
    });
  });
document.querySelector('button.wb-print')?.addEventListener('click', () => window.print());

// On paper every figure carries its citation: the closed ones are opened for printing only.
let opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details.wb-cite:not([open])')];
  for (const d of opened) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});
