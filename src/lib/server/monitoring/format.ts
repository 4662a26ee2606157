/**
 * How the atlas writes numbers and names its indicators: German number format, units, the "."
 * of a suppressed figure, and the public description of an indicator.
 */
import { displayValue, type Disclosed } from './disclosure';
import type { IndicatorRow } from './catalogue';

export interface AtlasIndicator {
	readonly key: string;
	readonly name: string;
	readonly definition: string;
	readonly unit: string;
	readonly kind: IndicatorRow['kind'];
	readonly direction: IndicatorRow['direction'];
	readonly handlungsfeld: IndicatorRow['handlungsfeld'];
	readonly source: string;
	readonly decimals: number;
	readonly numeratorLabel: string | null;
	readonly denominatorLabel: string | null;
}

export const toAtlasIndicator = (i: IndicatorRow): AtlasIndicator => ({
	key: i.key,
	name: i.name,
	definition: i.definition,
	unit: i.unit,
	kind: i.kind,
	direction: i.direction,
	handlungsfeld: i.handlungsfeld,
	source: i.source,
	decimals: i.decimals,
	numeratorLabel: i.numeratorLabel,
	denominatorLabel: i.denominatorLabel
});

export function formatNumber(value: number, decimals: number): string {
	return value.toLocaleString('de-DE', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	});
}

export function formatFigure(
	figure: Disclosed,
	indicator: Pick<AtlasIndicator, 'decimals' | 'unit'>
): string {
	const text = displayValue(figure, (v) => formatNumber(v, indicator.decimals));
	if (figure.suppressed) return text;
	return indicator.unit === '%'
		? `${text} %`
		: indicator.unit === 'Personen'
			? text
			: `${text} ${indicator.unit}`;
}
