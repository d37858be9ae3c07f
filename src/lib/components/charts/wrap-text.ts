// Breaking a line of SVG text (which never wraps by itself) to a width, by words, never shortening it.

/** The width a string takes once drawn, in the units of the drawing. */
export type Measure = (text: string) => number;

/**
 * The lines `text` takes within `width`: broken after ordinary spaces (a no-break space holds its words
 * together), a word wider than the width cut between letters. Each line keeps its trailing space, so the
 * lines joined give the text back; a line fits with that space counted.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/(?<= )/)) {
		if (measure(line + word) <= width) {
			line += word;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const char of word) {
			if (line && measure(line + char) > width) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
