import type { CellValue } from '../tables/table.ts';

/**
 * A data file leaves out what the page can put back; should the two ever drift apart, the build
 * stops here rather than publish a file whose exported rows differ from the site's downloads.
 */
export function checkRow(record: string, written: readonly CellValue[], rebuilt: readonly CellValue[]): void {
  const at = written.findIndex((v, i) => v !== rebuilt[i]);
  if (at >= 0 || written.length !== rebuilt.length)
    throw new Error(
      `${record}: the data file would not give back its row (column ${at >= 0 ? at : written.length}: ` +
        `${JSON.stringify(written[at])} ≠ ${JSON.stringify(rebuilt[at])})`,
    );
}
