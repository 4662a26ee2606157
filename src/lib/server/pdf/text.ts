import { fitText, type FitOptions, type FittedText } from './fit';
import { textMeasure, type FontName } from './fonts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Sets `text` into `box` at the largest size that fits (see `fitText`), line by line from the
 * box's top left, and returns what was set. Nothing is drawn outside the box.
 */
export function drawFitted(
	doc: PDFKit.PDFDocument,
	text: string,
	box: Box,
	font: FontName,
	options: FitOptions
): FittedText {
	const measure = textMeasure(doc, font);
	const fitted = fitText(text, box, measure, options);
	const lineHeight = measure.lineHeight(fitted.size);
	doc.font(font).fontSize(fitted.size);
	for (const [i, line] of fitted.lines.entries()) {
		doc.text(line, box.x, box.y + i * lineHeight, { lineBreak: false });
	}
	return fitted;
}
