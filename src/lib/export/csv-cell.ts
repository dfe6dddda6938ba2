/**
 * A spreadsheet reads a cell that starts with = + - @ as a formula (also after a leading TAB, CR
 * or LF, which some importers drop), and a formula can run commands (DDE) or send data away.
 * Such a text cell gets a leading apostrophe, as the OWASP guidance on CSV injection advises;
 * Excel and LibreOffice then show it as text. Cells that cannot be formulas are left alone, and
 * so are plain numbers written as text ("-5", "+3.5%"): a spreadsheet reads them as numbers.
 */
const FORMULA_START = /^[\t\r\n ]*[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
