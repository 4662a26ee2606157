/**
 * Statistical disclosure control (Geheimhaltung) for counts, rates and tables with totals.
 *
 * The output type is the protection: a suppressed figure is `{ suppressed: true, reason }` and has
 * no value field at all, so a page, export or JSON response built from it cannot leak the number,
 * not even hidden in markup.
 */
import { formatNumber } from '$lib/i18n';
import { MonitoringError } from './errors';

/**
 * Statistik der Bundesagentur für Arbeit (SGB II/III data): counts of 1 and 2 are anonymised, so
 * a published count needs at least 3 cases.
 */
export const DEFAULT_THRESHOLD = 3;
/**
 * The lowest threshold a municipality may set for its public pages. Below 3, a count of 1 or 2
 * tells a neighbour who the one or two people are (the Statistik der Bundesagentur für Arbeit
 * suppresses counts below 3 for the same reason). Planners' own pages show every value.
 */
export const MIN_PUBLIC_THRESHOLD = 3;
/**
 * The smallest base (denominator) over which a public rate is shown. Over 20 people one person
 * moves a rate by 5 percentage points — more than the differences between most areas — and a
 * rate of 1 in 8 says as much about that one household as about the area. Planners' own pages
 * show every rate.
 */
export const MIN_RATE_BASE = 20;

export type SuppressionReason =
	/** Primary suppression: 0 < count < threshold. */
	| 'small_count'
	/** Secondary suppression: hides another cell that totals would otherwise reveal. */
	| 'secondary'
	/** A rate whose numerator is suppressed would give the numerator back (rate × base). */
	| 'numerator_suppressed'
	/** A rate with a suppressed base would give the base back (numerator ÷ rate). */
	| 'denominator_suppressed'
	/** A rate over a base of 0 is not defined; nothing is hidden, there is nothing to show. */
	| 'no_base'
	/**
	 * A rate over fewer than `MIN_RATE_BASE` people: one person more or less moves it by five
	 * points or more, so neither the rate nor a rank built on it says anything ("/").
	 */
	| 'small_base'
	/** A share imported without numerator and base: it cannot be checked, so it is not shown. */
	| 'unchecked';

export interface Published {
	readonly suppressed: false;
	readonly value: number;
}

export interface Suppressed {
	readonly suppressed: true;
	readonly reason: SuppressionReason;
}

export type Disclosed = Published | Suppressed;

export interface DisclosureOptions {
	/** Smallest count that may be published (zero aside). Default 3. */
	readonly threshold?: number;
}

export interface TableOptions extends DisclosureOptions {
	/** The table publishes a total per row. Default true. */
	readonly rowTotals?: boolean;
	/** The table publishes a total per column. Default true. */
	readonly columnTotals?: boolean;
}

export interface DisclosedTable {
	readonly cells: readonly (readonly Disclosed[])[];
	/** One per row, or null if the table has no row totals. */
	readonly rowTotals: readonly Disclosed[] | null;
	/** One per column, or null if the table has no column totals. */
	readonly columnTotals: readonly Disclosed[] | null;
	/** Present when the table has both row and column totals. */
	readonly grandTotal: Disclosed | null;
}

/** Builds a fresh object so no value can ride along from the input. */
export function suppressed(reason: SuppressionReason): Suppressed {
	return { suppressed: true, reason };
}

export function published(value: number): Published {
	return { suppressed: false, value };
}

/**
 * Primary suppression of one count. Zero is published: the BA rule anonymises the values 1 and 2
 * (and figures from which they can be computed), not 0 — official tables print a zero as "-".
 * A zero reveals no individual's data, and hiding zeros would also hide where a problem is absent.
 */
export function suppressSmallCount(count: number, options: DisclosureOptions = {}): Disclosed {
	const threshold = thresholdOf(options);
	requireCount(count);
	return isConfidential(count, threshold) ? suppressed('small_count') : published(count);
}

export function suppressSmallCounts(
	counts: readonly number[],
	options: DisclosureOptions = {}
): Disclosed[] {
	return counts.map((count) => suppressSmallCount(count, options));
}

/**
 * A rate (numerator ÷ denominator × per, e.g. per 100 residents) that follows the suppression of
 * its parts: with the base published, a published rate would hand back a hidden numerator and
 * vice versa. The base may be a plain number when it comes from an unrestricted source (e.g. the
 * population register).
 */
export function disclosedRate(
	numerator: Disclosed,
	denominator: Disclosed | number,
	per = 100
): Disclosed {
	const base = typeof denominator === 'number' ? published(denominator) : denominator;
	if (!base.suppressed && !(Number.isFinite(base.value) && base.value >= 0)) {
		throw new MonitoringError('ungueltige_bezugsgroesse');
	}
	if (numerator.suppressed) return suppressed('numerator_suppressed');
	if (base.suppressed) return suppressed('denominator_suppressed');
	if (base.value === 0) return suppressed('no_base');
	return published((numerator.value / base.value) * per);
}

/** The value for an API or export: a number, or null when it is not published. */
export function publicValue(figure: Disclosed): number | null {
	return figure.suppressed ? null : figure.value;
}

/**
 * The text for a table cell, with the signs of German official statistics: "." = secret
 * (geheim zu halten), "x" = no meaningful value (Aussage nicht sinnvoll), "/" = not reliable
 * enough (Zahlenwert nicht sicher genug).
 */
export function displayValue(
	figure: Disclosed,
	format: (value: number) => string = (value) => formatNumber(value, 'de')
): string {
	if (!figure.suppressed) return format(figure.value);
	if (figure.reason === 'no_base') return 'x';
	return figure.reason === 'small_base' ? '/' : '.';
}

/**
 * Primary and secondary suppression for a table of counts with row and/or column totals.
 *
 * Rules, applied to every line (row or column, including the line of totals) that has a
 * published total, until nothing changes:
 * 1. A line must not hold exactly one hidden cell — subtraction from the total would reveal it.
 *    The partner is the smallest other non-zero cell (least information lost; a zero partner adds
 *    nothing to hide behind), then a zero cell, then the line's total.
 * 2. The hidden cells of a line together must hold at least `threshold` cases: their sum is
 *    total minus the published cells, and a hidden sum of 1 or 2 is itself a small count (a sum
 *    of 0 would even reveal every hidden cell).
 * Subtraction can also chain across lines: a hidden cell is revealed by the totals exactly when it
 * is a bridge in the graph whose vertices are the lines and whose edges are the hidden cells (it
 * then lies on no cycle, and the row totals minus column totals of one side isolate it). After
 * rules 1–2 hold, such a bridge gets one more partner and the rules run again.
 *
 * Not covered: interval attacks (bounding a hidden cell by non-negativity) beyond rule 2. Totals
 * are counts too and get primary suppression like any cell.
 */
export function suppressTable(
	counts: readonly (readonly number[])[],
	options: TableOptions = {}
): DisclosedTable {
	const threshold = thresholdOf(options);
	const grid = buildGrid(counts, options.rowTotals ?? true, options.columnTotals ?? true);
	const reasons: (SuppressionReason | null)[][] = grid.values.map((row) =>
		row.map((value) => (isConfidential(value, threshold) ? 'small_count' : null))
	);
	const isHidden = (cell: Cell): boolean => reasons[cell.row][cell.column] !== null;
	const valueOf = (cell: Cell): number => grid.values[cell.row][cell.column];

	// Without a primary suppression there is nothing to protect (the planner's own view, and
	// most tables of large counts): skip the search for partners.
	const anyHidden = reasons.some((row) => row.some((reason) => reason !== null));
	for (; anyHidden;) {
		const partner =
			partnerForUnsafeLine(grid.lines, threshold, isHidden, valueOf) ??
			partnerForBridge(grid, isHidden, valueOf);
		if (!partner) break;
		reasons[partner.row][partner.column] = 'secondary';
	}

	const disclose = (row: number, column: number): Disclosed => {
		const reason = reasons[row][column];
		return reason === null ? published(grid.values[row][column]) : suppressed(reason);
	};
	return shapeTable(grid, disclose);
}

// ---------------------------------------------------------------------------------------------

interface Cell {
	readonly row: number;
	readonly column: number;
}

/** The cells of a row or column with a published equation; the total is the last cell. */
interface Line {
	readonly cells: readonly Cell[];
}

/**
 * The table with its margins as one grid: inner cells at [0..m)×[0..n), row totals in column n,
 * column totals in row m, the grand total at (m, n) when both margins exist.
 */
interface Grid {
	readonly values: readonly (readonly number[])[];
	readonly innerRows: number;
	readonly innerColumns: number;
	readonly rowTotals: boolean;
	readonly columnTotals: boolean;
	readonly lines: readonly Line[];
}

function buildGrid(
	counts: readonly (readonly number[])[],
	rowTotals: boolean,
	columnTotals: boolean
): Grid {
	const m = counts.length;
	const n = m === 0 ? 0 : counts[0].length;
	for (const row of counts) {
		if (row.length !== n) throw new MonitoringError('tabelle_uneinheitlich');
		row.forEach(requireCount);
	}
	const values: number[][] = counts.map((row) => {
		const full = [...row];
		if (rowTotals) full.push(sum(row));
		return full;
	});
	if (columnTotals) {
		const columns = values[0]?.length ?? 0;
		values.push(Array.from({ length: columns }, (_, c) => sum(counts.map((_, r) => values[r][c]))));
	}
	const rows = values.length;
	const columns = values[0]?.length ?? 0;
	const lines: Line[] = [];
	// A row line has an equation only if rows carry totals; the totals row (if any) is a line too,
	// because the grand total is the sum of the column totals.
	if (rowTotals) {
		for (let r = 0; r < rows; r += 1) {
			lines.push({ cells: Array.from({ length: columns }, (_, c) => ({ row: r, column: c })) });
		}
	}
	if (columnTotals) {
		for (let c = 0; c < columns; c += 1) {
			lines.push({ cells: Array.from({ length: rows }, (_, r) => ({ row: r, column: c })) });
		}
	}
	return { values, innerRows: m, innerColumns: n, rowTotals, columnTotals, lines };
}

function partnerForUnsafeLine(
	lines: readonly Line[],
	threshold: number,
	isHidden: (cell: Cell) => boolean,
	valueOf: (cell: Cell) => number
): Cell | undefined {
	for (const line of lines) {
		const partner = partnerForLine(line, threshold, isHidden, valueOf);
		if (partner) return partner;
	}
	return undefined;
}

/** The next cell to hide in this line, or undefined if the line is safe (rules 1 and 2). */
function partnerForLine(
	line: Line,
	threshold: number,
	isHidden: (cell: Cell) => boolean,
	valueOf: (cell: Cell) => number
): Cell | undefined {
	const hiddenCount = line.cells.filter(isHidden).length;
	if (hiddenCount === 0) return undefined;
	if (hiddenCount === 1) return smallestPartner(line, isHidden, valueOf, true);
	if (!hiddenSumTooSmall(line, threshold, isHidden, valueOf)) return undefined;
	// Zero cells cannot raise the hidden sum, so they are no use as partners here.
	return smallestPartner(line, isHidden, valueOf, false);
}

/** Hidden cells whose total is published reveal their sum; it must not be a small count. */
function hiddenSumTooSmall(
	line: Line,
	threshold: number,
	isHidden: (cell: Cell) => boolean,
	valueOf: (cell: Cell) => number
): boolean {
	const total = line.cells[line.cells.length - 1];
	if (isHidden(total)) return false;
	const hiddenInner = line.cells.slice(0, -1).filter(isHidden);
	return sum(hiddenInner.map(valueOf)) < threshold;
}

/** Smallest non-zero inner cell, then (if allowed) a zero cell, then the line's total. */
function smallestPartner(
	line: Line,
	isHidden: (cell: Cell) => boolean,
	valueOf: (cell: Cell) => number,
	allowZero: boolean
): Cell | undefined {
	const total = line.cells[line.cells.length - 1];
	const open = line.cells.slice(0, -1).filter((cell) => !isHidden(cell));
	const nonZero = open.filter((cell) => valueOf(cell) > 0);
	if (nonZero.length > 0) return smallestCell(nonZero, valueOf);
	if (allowZero && open.length > 0) return smallestCell(open, valueOf);
	return isHidden(total) ? undefined : total;
}

/** Ties go to the first cell in reading order, so the result is deterministic. */
function smallestCell(cells: readonly Cell[], valueOf: (cell: Cell) => number): Cell {
	return cells.reduce((best, cell) => (valueOf(cell) < valueOf(best) ? cell : best));
}

const GROUND = -1;

/**
 * Finds a hidden cell the totals determine (a bridge, see `suppressTable`) and returns a partner
 * for it: the smallest open cell in one of its lines, or else anywhere in the table. Lines
 * without a published equation all collapse into one unconstrained "ground" vertex.
 */
function partnerForBridge(
	grid: Grid,
	isHidden: (cell: Cell) => boolean,
	valueOf: (cell: Cell) => number
): Cell | undefined {
	const rows = grid.values.length;
	const columns = grid.values[0]?.length ?? 0;
	const vertexOfRow = (r: number): number => (grid.rowTotals ? r : GROUND);
	const vertexOfColumn = (c: number): number => (grid.columnTotals ? rows + c : GROUND);

	const edges: { cell: Cell; a: number; b: number }[] = [];
	for (let r = 0; r < rows; r += 1) {
		for (let c = 0; c < columns; c += 1) {
			const cell = { row: r, column: c };
			if (isHidden(cell)) edges.push({ cell, a: vertexOfRow(r), b: vertexOfColumn(c) });
		}
	}
	const bridge = findBridge(edges, rows + columns);
	if (!bridge) return undefined;

	const open = (cells: Cell[]): Cell[] => cells.filter((cell) => !isHidden(cell));
	const rowCells = Array.from({ length: columns }, (_, c) => ({ row: bridge.row, column: c }));
	const columnCells = Array.from({ length: rows }, (_, r) => ({ row: r, column: bridge.column }));
	const allCells = grid.values.flatMap((row, r) => row.map((_, c) => ({ row: r, column: c })));
	for (const candidates of [
		grid.rowTotals ? open(rowCells) : [],
		grid.columnTotals ? open(columnCells) : [],
		open(allCells)
	]) {
		if (candidates.length > 0) return smallestCell(candidates, valueOf);
	}
	return undefined;
}

/** Tarjan's bridge search on a multigraph; vertex GROUND is mapped to index `vertexCount`. */
function findBridge(
	edges: readonly { cell: Cell; a: number; b: number }[],
	vertexCount: number
): Cell | undefined {
	const index = (v: number): number => (v === GROUND ? vertexCount : v);
	const adjacency: { to: number; edge: number }[][] = Array.from(
		{ length: vertexCount + 1 },
		() => []
	);
	edges.forEach((e, i) => {
		adjacency[index(e.a)].push({ to: index(e.b), edge: i });
		adjacency[index(e.b)].push({ to: index(e.a), edge: i });
	});
	const discovered: number[] = new Array(vertexCount + 1).fill(-1);
	const low: number[] = new Array(vertexCount + 1).fill(0);
	let time = 0;
	let found: Cell | undefined;

	const visit = (v: number, viaEdge: number): void => {
		discovered[v] = low[v] = time;
		time += 1;
		for (const { to, edge } of adjacency[v]) {
			if (edge === viaEdge) continue;
			if (discovered[to] === -1) {
				visit(to, edge);
				low[v] = Math.min(low[v], low[to]);
				if (low[to] > discovered[v] && !found) found = edges[edge].cell;
			} else {
				low[v] = Math.min(low[v], discovered[to]);
			}
		}
	};
	for (let v = 0; v <= vertexCount; v += 1) {
		if (discovered[v] === -1) visit(v, -1);
	}
	return found;
}

function shapeTable(
	grid: Grid,
	disclose: (row: number, column: number) => Disclosed
): DisclosedTable {
	const m = grid.innerRows;
	const n = grid.innerColumns;
	const range = (length: number): number[] => Array.from({ length }, (_, i) => i);
	return {
		cells: range(m).map((r) => range(n).map((c) => disclose(r, c))),
		rowTotals: grid.rowTotals ? range(m).map((r) => disclose(r, n)) : null,
		columnTotals: grid.columnTotals ? range(n).map((c) => disclose(m, c)) : null,
		grandTotal: grid.rowTotals && grid.columnTotals ? disclose(m, n) : null
	};
}

function isConfidential(count: number, threshold: number): boolean {
	return count > 0 && count < threshold;
}

function thresholdOf(options: DisclosureOptions): number {
	const threshold = options.threshold ?? DEFAULT_THRESHOLD;
	if (!Number.isInteger(threshold) || threshold < 1) {
		throw new MonitoringError('ungueltige_schwelle', 'threshold');
	}
	return threshold;
}

function requireCount(count: number): void {
	if (!Number.isInteger(count) || count < 0) throw new MonitoringError('ungueltige_anzahl');
}

function sum(values: readonly number[]): number {
	return values.reduce((acc, v) => acc + v, 0);
}
