export { FONT, fontFiles, createPdfDocument, renderPdf, textMeasure } from './fonts';
export type { FontName, PdfOptions } from './fonts';
export { fitText, truncateToWidth } from './fit';
export type { BoxSize, FitOptions, FittedText, TextMeasure } from './fit';
export { drawFitted } from './text';
export type { Box } from './text';
