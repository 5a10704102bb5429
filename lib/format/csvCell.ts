// A text cell of a CSV file that a reader opens in Excel, WPS or LibreOffice. Pure.

/**
 * The text as a cell a spreadsheet shows as text. A cell that starts with = + - @, a TAB or a CR is a
 * formula to a spreadsheet (OWASP, "CSV injection"): `=HYPERLINK(…)` in a source title would send
 * the reader's click anywhere. Such a cell gets a leading apostrophe, which the reader sees and which
 * cannot start a formula. Numbers are not text: pass this as csv-stringify's `cast.string`, so that
 * -5 stays a number, `stringify(rows, { cast: { string: csvCell } })`.
 */
export function csvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A cell written by csvCell, as the text it was: the apostrophe before = + - @, TAB or CR comes off.
 * For files we write and read back (the editor's drafts). A text that itself began with an apostrophe
 * and then one of those would lose it; no text of a source does.
 */
export function fromCsvCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
