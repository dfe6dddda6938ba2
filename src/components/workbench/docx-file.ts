// The drafting table as a Word document: a real table on A4 landscape, each cited figure's
// source in the 资料来源 column. Loaded only when the Word button is pressed.
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DraftTable } from '../../lib/site/workbench/export-table.ts';

/** A4 in twentieths of a point; the library turns it for landscape. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 720;
/** Relative column widths: the sources column gets the most room. */
const WEIGHTS = [9, 5, 6, 5, 12, 10, 10, 16, 6, 6, 6, 30];

const lines = (text: string, bold = false) =>
  (text === '' ? [''] : text.split('\n')).map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 16 })] }),
  );

function cells(row: readonly string[], widths: number[], bold = false): TableCell[] {
  return row.map(
    (text, i) =>
      new TableCell({ children: lines(text, bold), width: { size: widths[i] ?? 1000, type: WidthType.DXA } }),
  );
}

export async function draftDocx(title: string, table: DraftTable, notes: readonly string[]): Promise<Blob> {
  const usable = A4.height - 2 * MARGIN;
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = table.headers.map((_, i) => Math.floor((usable * (WEIGHTS[i] ?? 6)) / total));
  const doc = new Document({
    title,
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 28 })] }),
          new Table({
            width: { size: usable, type: WidthType.DXA },
            columnWidths: widths,
            rows: [
              new TableRow({ tableHeader: true, children: cells(table.headers, widths, true) }),
              ...table.rows.map((r) => new TableRow({ children: cells(r, widths) })),
            ],
          }),
          ...notes.map((n) => new Paragraph({ children: [new TextRun({ text: n, size: 16 })] })),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}
