import { describe, it, expect } from 'vitest';
import {
	disclosedRate,
	displayValue,
	published,
	publicValue,
	suppressSmallCount,
	suppressSmallCounts,
	suppressTable,
	type Disclosed,
	type DisclosedTable,
	type TableOptions
} from './disclosure';
import { MonitoringError } from './errors';

/** 'n' = published, 'P' = primary (small count), 'S' = secondary — one string per row. */
function pattern(figures: readonly Disclosed[]): string {
	return figures
		.map((f) => (!f.suppressed ? 'n' : f.reason === 'small_count' ? 'P' : 'S'))
		.join('');
}

function cellPattern(table: DisclosedTable): string[] {
	return table.cells.map(pattern);
}

describe('primary suppression', () => {
	it('hides counts of 1 and 2 and publishes 0 and counts from 3 on', () => {
		const figures = suppressSmallCounts([0, 1, 2, 3, 10]);
		expect(figures.map(publicValue)).toEqual([0, null, null, 3, 10]);
		expect(figures[1]).toEqual({ suppressed: true, reason: 'small_count' });
	});

	it('uses a configured threshold', () => {
		expect(suppressSmallCounts([3, 4, 5], { threshold: 5 }).map(publicValue)).toEqual([
			null,
			null,
			5
		]);
	});

	it('carries no value in a suppressed figure, not even in JSON', () => {
		const hidden = suppressSmallCount(2);
		expect(Object.keys(hidden).sort()).toEqual(['reason', 'suppressed']);
		expect(JSON.stringify(hidden)).not.toMatch(/\d/);
	});

	it('prints a suppressed figure as "." and a figure without base as "x"', () => {
		expect(displayValue(suppressSmallCount(1))).toBe('.');
		expect(displayValue(suppressSmallCount(1234))).toBe('1.234');
		expect(displayValue(disclosedRate(suppressSmallCount(5), 0))).toBe('x');
	});

	it('rejects a negative or fractional count and a threshold below 1', () => {
		expect(() => suppressSmallCount(-1)).toThrow(MonitoringError);
		expect(() => suppressSmallCount(2.5)).toThrow(MonitoringError);
		expect(() => suppressSmallCount(4, { threshold: 0 })).toThrow(MonitoringError);
	});
});

describe('rates', () => {
	it('hides a rate whose numerator is hidden', () => {
		const rate = disclosedRate(suppressSmallCount(2), 400);
		expect(rate).toEqual({ suppressed: true, reason: 'numerator_suppressed' });
	});

	it('hides a rate whose base is hidden, since numerator ÷ rate would give it back', () => {
		const rate = disclosedRate(suppressSmallCount(7), suppressSmallCount(2));
		expect(rate).toEqual({ suppressed: true, reason: 'denominator_suppressed' });
	});

	it('publishes a rate per 100 when its numerator is published', () => {
		expect(publicValue(disclosedRate(suppressSmallCount(30), 400))).toBeCloseTo(7.5, 12);
		expect(publicValue(disclosedRate(suppressSmallCount(0), 400))).toBe(0);
		expect(publicValue(disclosedRate(suppressSmallCount(3), 2000, 1000))).toBeCloseTo(1.5, 12);
	});
});

describe('secondary suppression', () => {
	it('hides the smallest other cell of a row with a published total', () => {
		const table = suppressTable(
			[
				[2, 9, 5],
				[4, 4, 4]
			],
			{ columnTotals: false }
		);
		expect(cellPattern(table)).toEqual(['PnS', 'nnn']);
		expect(table.rowTotals?.map(publicValue)).toEqual([16, 12]);
		expect(table.columnTotals).toBeNull();
	});

	it('hides the smallest other cell of a column with a published total', () => {
		const table = suppressTable(
			[
				[2, 10],
				[7, 1],
				[5, 6]
			],
			{ rowTotals: false }
		);
		expect(cellPattern(table)).toEqual(['Pn', 'nP', 'SS']);
		expect(table.columnTotals?.map(publicValue)).toEqual([14, 17]);
	});

	it('repeats over rows and columns until no line has a single hidden cell', () => {
		// row 0: 1 → partner 4; column 0 then holds one hidden cell → 5; row 1 then → 7.
		const table = suppressTable([
			[1, 4, 6],
			[5, 7, 8],
			[9, 3, 10]
		]);
		expect(cellPattern(table)).toEqual(['PSn', 'SSn', 'nnn']);
		expect(table.rowTotals?.every((f) => !f.suppressed)).toBe(true);
		expect(table.grandTotal).toEqual({ suppressed: false, value: 53 });
	});

	it('hides a third cell when two small cells would reveal their combined count', () => {
		const table = suppressTable([[1, 1, 9, 12]], { columnTotals: false });
		expect(cellPattern(table)).toEqual(['PPSn']);
	});

	it('does not pick a zero cell as partner while a non-zero cell is available', () => {
		const table = suppressTable([[1, 0, 4]], { columnTotals: false });
		expect(cellPattern(table)).toEqual(['PnS']);
	});

	it('hides a total that is itself a small count', () => {
		const table = suppressTable([[1, 1, 0]], { columnTotals: false });
		expect(table.rowTotals).toEqual([{ suppressed: true, reason: 'small_count' }]);
	});

	it('protects a cell that links two hidden blocks, which subtraction over several lines reveals', () => {
		// Every line holds ≥ 2 hidden cells with a hidden sum ≥ 3, yet cell (0,2) is the only link
		// between the blocks: rows 0+1 minus columns 0+1 isolate it. It needs one more partner.
		const counts = [
			[1, 2, 1, 30],
			[2, 1, 40, 50],
			[60, 70, 1, 2],
			[80, 90, 2, 1]
		];
		expect(recoverableCells(counts, primaryOnly(counts), {})).toEqual(['cell 0,2']);

		const table = suppressTable(counts);
		expect(cellPattern(table)).toEqual(['PPPS', 'PPnn', 'nnPP', 'nnPP']);
		expect(recoverableCells(counts, table, {})).toEqual([]);
	});

	it('leaves a table without totals to primary suppression', () => {
		const table = suppressTable(
			[
				[1, 5],
				[7, 9]
			],
			{ rowTotals: false, columnTotals: false }
		);
		expect(cellPattern(table)).toEqual(['Pn', 'nn']);
		expect(table.grandTotal).toBeNull();
	});

	it('refuses a ragged table', () => {
		expect(() => suppressTable([[1, 2], [3]])).toThrow(MonitoringError);
	});
});

describe('no hidden cell can be recovered from what is published', () => {
	const tables = randomTables(400, 20260101);

	it('holds for 400 random tables with a fixed seed (linear algebra over all totals)', () => {
		const failures: string[] = [];
		for (const { counts, options } of tables) {
			const table = suppressTable(counts, options);
			const leaked = recoverableCells(counts, table, options);
			if (leaked.length > 0) failures.push(`${JSON.stringify({ counts, options })}: ${leaked}`);
		}
		expect(failures).toEqual([]);
	});

	it('never publishes a small count and never reveals a small hidden sum in a line', () => {
		for (const { counts, options } of tables) {
			const threshold = options.threshold ?? 3;
			const table = suppressTable(counts, options);
			for (const figure of allFigures(table)) {
				if (!figure.suppressed) {
					expect(figure.value === 0 || figure.value >= threshold).toBe(true);
				} else {
					expect(Object.keys(figure).sort()).toEqual(['reason', 'suppressed']);
				}
			}
			for (const line of linesOf(counts, table, options)) {
				const hidden = line.cells.filter((c) => c.figure.suppressed);
				if (hidden.length === 0 || line.total.figure.suppressed) continue;
				expect(hidden.length).toBeGreaterThanOrEqual(2);
				expect(hidden.reduce((acc, c) => acc + c.value, 0)).toBeGreaterThanOrEqual(threshold);
			}
		}
	});
});

// ---------------------------------------------------------------------------------------------
// The attacker: knows every published figure and that totals are sums, and solves the linear
// system for the hidden ones. A hidden figure is recovered exactly when its unit vector lies in
// the row space of the equations restricted to the unknowns (checked via reduced row echelon form).

interface Figure {
	readonly name: string;
	readonly value: number;
	readonly figure: Disclosed;
}

interface LineOfFigures {
	readonly cells: readonly Figure[];
	readonly total: Figure;
}

function linesOf(
	counts: readonly (readonly number[])[],
	table: DisclosedTable,
	options: TableOptions
): LineOfFigures[] {
	const m = counts.length;
	const n = counts[0].length;
	const cell = (r: number, c: number): Figure => ({
		name: `cell ${r},${c}`,
		value: counts[r][c],
		figure: table.cells[r][c]
	});
	const rowSum = (r: number): number => counts[r].reduce((a, b) => a + b, 0);
	const colSum = (c: number): number => counts.reduce((a, row) => a + row[c], 0);
	const grand = counts.flat().reduce((a, b) => a + b, 0);
	const lines: LineOfFigures[] = [];
	const rowTotals = options.rowTotals ?? true;
	const columnTotals = options.columnTotals ?? true;
	const rowTotal = (r: number): Figure => ({
		name: `row total ${r}`,
		value: rowSum(r),
		figure: present(table.rowTotals?.[r])
	});
	const columnTotal = (c: number): Figure => ({
		name: `column total ${c}`,
		value: colSum(c),
		figure: present(table.columnTotals?.[c])
	});
	const grandTotal = (): Figure => ({
		name: 'grand total',
		value: grand,
		figure: present(table.grandTotal)
	});
	if (rowTotals) {
		for (let r = 0; r < m; r += 1) {
			lines.push({ cells: range(n).map((c) => cell(r, c)), total: rowTotal(r) });
		}
	}
	if (columnTotals) {
		for (let c = 0; c < n; c += 1) {
			lines.push({ cells: range(m).map((r) => cell(r, c)), total: columnTotal(c) });
		}
	}
	if (rowTotals && columnTotals) {
		lines.push({ cells: range(m).map(rowTotal), total: grandTotal() });
		lines.push({ cells: range(n).map(columnTotal), total: grandTotal() });
	}
	return lines;
}

function recoverableCells(
	counts: readonly (readonly number[])[],
	table: DisclosedTable,
	options: TableOptions
): string[] {
	const lines = linesOf(counts, table, options);
	const unknowns: string[] = [];
	for (const line of lines) {
		for (const f of [...line.cells, line.total]) {
			if (f.figure.suppressed && !unknowns.includes(f.name)) unknowns.push(f.name);
		}
	}
	const equations = lines.map((line) => {
		const row = new Array<number>(unknowns.length).fill(0);
		for (const f of line.cells) if (f.figure.suppressed) row[unknowns.indexOf(f.name)] += 1;
		if (line.total.figure.suppressed) row[unknowns.indexOf(line.total.name)] -= 1;
		return row;
	});
	return determinedColumns(equations, unknowns.length).map((k) => unknowns[k]);
}

function present(figure: Disclosed | null | undefined): Disclosed {
	if (!figure) throw new Error('table lacks a margin its options promise');
	return figure;
}

/** What the table would look like after primary suppression alone, all margins published. */
function primaryOnly(counts: readonly (readonly number[])[]): DisclosedTable {
	const total = (values: readonly number[]): Disclosed =>
		published(values.reduce((a, b) => a + b, 0));
	return {
		cells: counts.map((row) => row.map((v) => suppressSmallCount(v))),
		rowTotals: counts.map(total),
		columnTotals: counts[0].map((_, c) => total(counts.map((row) => row[c]))),
		grandTotal: total(counts.flat())
	};
}

function determinedColumns(matrix: number[][], columns: number): number[] {
	const rows = matrix.map((row) => [...row]);
	const pivotOfRow: number[] = [];
	let next = 0;
	for (let col = 0; col < columns && next < rows.length; col += 1) {
		const found = rows.findIndex((row, i) => i >= next && Math.abs(row[col]) > 1e-9);
		if (found === -1) continue;
		[rows[next], rows[found]] = [rows[found], rows[next]];
		const pivot = rows[next][col];
		rows[next] = rows[next].map((v) => v / pivot);
		for (let i = 0; i < rows.length; i += 1) {
			const factor = rows[i][col];
			if (i === next || Math.abs(factor) <= 1e-9) continue;
			rows[i] = rows[i].map((v, j) => v - factor * rows[next][j]);
		}
		pivotOfRow.push(col);
		next += 1;
	}
	return pivotOfRow.filter((col, i) => rows[i].every((v, j) => j === col || Math.abs(v) <= 1e-9));
}

function allFigures(table: DisclosedTable): Disclosed[] {
	return [
		...table.cells.flat(),
		...(table.rowTotals ?? []),
		...(table.columnTotals ?? []),
		...(table.grandTotal ? [table.grandTotal] : [])
	];
}

function range(length: number): number[] {
	return Array.from({ length }, (_, i) => i);
}

/** mulberry32: a tiny seeded PRNG, so the random tables are the same on every run. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomTables(
	count: number,
	seed: number
): { counts: number[][]; options: TableOptions }[] {
	const random = seededRandom(seed);
	const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
	return range(count).map(() => {
		const rows = int(1, 6);
		const columns = int(1, 6);
		// Many small counts (0, 1, 2) so that suppressions interact across rows and columns.
		const counts = range(rows).map(() =>
			range(columns).map(() => (random() < 0.4 ? int(0, 2) : int(3, 40)))
		);
		const options: TableOptions = {
			threshold: random() < 0.2 ? 5 : 3,
			rowTotals: random() < 0.8,
			columnTotals: random() < 0.8
		};
		return { counts, options };
	});
}
