/**
 * Library-wide tables whose CSV is only in the data archive. Each has a row per target or task
 * of the whole library, so as plain CSV they would be the largest files of the site (about
 * 30 KB per plan: 150 MB at 5,000 plans) and would hold the same rows a second time beside the
 * archive. Their spreadsheet stays a download of its own: it is compressed, and it is what an
 * office opens. Names are registry names; values are paths inside the archive.
 */
export const CSV_IN_ARCHIVE: Readonly<Record<string, string>> = {
  targets: 'tables/targets-cited.csv',
  tasks: 'tables/tasks-cited.csv',
  unmapped: 'tables/unmapped.csv',
};

/** The archive path of a table's CSV, or null when the CSV is a download of its own. */
export function csvInArchive(name: string): string | null {
  return Object.hasOwn(CSV_IN_ARCHIVE, name) ? CSV_IN_ARCHIVE[name]! : null;
}
