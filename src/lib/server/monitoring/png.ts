import { Resvg } from '@resvg/resvg-js';

/** The map as PNG at twice the SVG width (sharp on screens and in print), white background. */
export function mapPng(svg: string, width: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width * 2 },
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }
	});
	return resvg.render().asPng();
}
