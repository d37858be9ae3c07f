// CSV for French spreadsheet software (Excel, LibreOffice in French): UTF-8 with a byte-order mark (or
// accents break), semicolons between fields (the comma is the decimal separator), decimal commas, CRLF
// line ends, RFC 4180 quoting. Pure.

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]/;
// A text starting like a formula would run as one in the spreadsheet (CSV injection, OWASP).
const FORMULA = /^[=+\-@\t\r]/;

/** One field: numbers with a decimal comma, text quoted when needed, formulas defused. */
export function csvField(value: CsvCell): string {
	if (value === null) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		return String(value).replace('.', ',');
	}
	const text = FORMULA.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row then the rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(';'));
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
