import { describe, expect, it } from 'vitest';
import type { Disclosed } from './disclosure';
import { suppressTable } from './disclosure';
import { suppressLinear, type LinearLine } from './disclosure-linear';

/** A small deterministic generator (mulberry32), so every run checks the same cases. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A count that is small now and then (1 or 2), zero sometimes, usually larger. */
function count(next: () => number): number {
	const r = next();
	if (r < 0.2) return 1 + Math.floor(next() * 2);
	if (r < 0.3) return 0;
	return 3 + Math.floor(next() * 60);
}

const pattern = (figures: readonly Disclosed[]) =>
	figures.map((f) => (!f.suppressed ? 'n' : f.reason === 'small_count' ? 'P' : 'S')).join('');

/**
 * The attacker: knows every published figure and the known cells, knows that each line is a
 * sum, and solves for the hidden cells. Returns the hidden cells the lines determine exactly.
 */
function recoverable(lines: readonly LinearLine[], figures: readonly Disclosed[]): number[] {
	const unknowns = [...new Set(lines.flatMap((l) => [...l.members, l.total]))].filter(
		(i) => figures[i].suppressed
	);
	const rows = lines.map((line) => {
		const row = unknowns.map(() => 0);
		for (const m of line.members) if (figures[m].suppressed) row[unknowns.indexOf(m)] += 1;
		if (figures[line.total].suppressed) row[unknowns.indexOf(line.total)] -= 1;
		return row;
	});
	const pivots: number[] = [];
	let next = 0;
	for (let col = 0; col < unknowns.length && next < rows.length; col += 1) {
		const found = rows.findIndex((row, i) => i >= next && Math.abs(row[col]) > 1e-9);
		if (found === -1) continue;
		[rows[next], rows[found]] = [rows[found], rows[next]];
		const pivot = rows[next][col];
		rows[next] = rows[next].map((v) => v / pivot);
		for (let i = 0; i < rows.length; i += 1) {
			const f = rows[i][col];
			if (i !== next && Math.abs(f) > 1e-9) rows[i] = rows[i].map((v, j) => v - f * rows[next][j]);
		}
		pivots.push(col);
		next += 1;
	}
	return pivots
		.filter((col, r) => rows[r].every((v, j) => j === col || Math.abs(v) <= 1e-9))
		.map((col) => unknowns[col]);
}

/** Areas in parent units of 2–5 areas; parents' totals known, the municipality's published. */
function hierarchyCase(next: () => number) {
	const values: number[] = [];
	const groups: number[][] = [];
	const parents = 2 + Math.floor(next() * 4);
	for (let p = 0; p < parents; p += 1) {
		const size = 2 + Math.floor(next() * 4);
		const members: number[] = [];
		for (let k = 0; k < size; k += 1) {
			members.push(values.length);
			values.push(count(next));
		}
		groups.push(members);
	}
	const n = values.length;
	const lines: LinearLine[] = groups.map((members, p) => ({ members, total: n + p }));
	for (const members of groups) values.push(members.reduce((s, i) => s + values[i], 0));
	lines.push({ members: groups.map((_, p) => n + p), total: n + groups.length });
	values.push(values.slice(0, n).reduce((s, v) => s + v, 0));
	const known = new Set(groups.map((_, p) => n + p));
	return { values, lines, known, n };
}

describe('suppression over any set of sums', () => {
	it('gives a single column with its total exactly what the table rule gives', () => {
		const next = random(20261130);
		for (let t = 0; t < 300; t += 1) {
			const column = Array.from({ length: 2 + Math.floor(next() * 10) }, () => count(next));
			const table = suppressTable(
				column.map((c) => [c]),
				{ rowTotals: false, columnTotals: true }
			);
			const values = [...column, column.reduce((a, b) => a + b, 0)];
			const figures = suppressLinear(
				values,
				[{ members: column.map((_, i) => i), total: column.length }],
				{ threshold: 3 }
			);
			expect(pattern(figures)).toBe(
				pattern([...table.cells.map((r) => r[0]), table.columnTotals![0]])
			);
		}
	});

	it('protects every hidden area against the known totals of its Stadtbezirk (300 random cities)', () => {
		const next = random(7);
		const failures: string[] = [];
		for (let t = 0; t < 300; t += 1) {
			const { values, lines, known, n } = hierarchyCase(next);
			const figures = suppressLinear(values, lines, { threshold: 3, known });
			// The attacker knows the parents' totals whatever this page shows.
			const seen = figures.map((f, i) =>
				known.has(i) ? { suppressed: false as const, value: values[i] } : f
			);
			const leaked = recoverable(lines, seen).filter((i) => i < n);
			if (leaked.length > 0) failures.push(`${JSON.stringify(values)} → cells ${leaked}`);
			for (const [i, f] of figures.entries()) {
				if (!f.suppressed && !known.has(i)) expect(f.value === 0 || f.value >= 3).toBe(true);
			}
		}
		expect(failures).toEqual([]);
	});

	it('hides the partner within the same Stadtbezirk, not the smallest count elsewhere', () => {
		// Nord: 2, 50, 60 (total 112, known); Süd: 10, 40, 70 (total 120, known).
		const values = [2, 50, 60, 10, 40, 70, 112, 120, 232];
		const lines: LinearLine[] = [
			{ members: [0, 1, 2], total: 6 },
			{ members: [3, 4, 5], total: 7 },
			{ members: [6, 7], total: 8 }
		];
		const figures = suppressLinear(values, lines, { threshold: 3, known: new Set([6, 7]) });
		expect(pattern(figures)).toBe('PSnnnnnnn');
		// Without the Stadtbezirke, the municipality's total alone: the smallest other cell.
		const flat = suppressLinear(
			[2, 50, 60, 10, 40, 70, 232],
			[{ members: [0, 1, 2, 3, 4, 5], total: 6 }],
			{
				threshold: 3
			}
		);
		expect(pattern(flat)).toBe('PnnSnnn');
	});

	it('never hides a known cell, even a small one, and prefers cells that are never shown as partners', () => {
		const figures = suppressLinear([1, 0, 1], [{ members: [0, 1], total: 2 }], {
			threshold: 3,
			known: new Set([2])
		});
		expect(figures[2]).toEqual({ suppressed: false, value: 1 });
		// part + rest = whole per area; the rest (index 1) is never shown.
		const linked = suppressLinear(
			[40, 2, 42, 30, 9, 39],
			[
				{ members: [0, 1], total: 2 },
				{ members: [3, 4], total: 5 }
			],
			{ threshold: 3, unshown: new Set([1, 4]) }
		);
		expect(pattern(linked)).toBe('SPnnnn');
	});

	it('applies a forced suppression with its own reason', () => {
		const figures = suppressLinear([30, 40, 50, 120], [{ members: [0, 1, 2], total: 3 }], {
			threshold: 3,
			forced: new Map([[1, 'small_base']])
		});
		expect(figures.map((f) => (f.suppressed ? f.reason : 'n'))).toEqual([
			'secondary',
			'small_base',
			'n',
			'n'
		]);
	});
});

describe('two linked indicators, area by area', () => {
	it('leaves no hidden part, rest or whole recoverable in 300 random cities (part + rest = whole)', () => {
		const next = random(99);
		const failures: string[] = [];
		for (let t = 0; t < 300; t += 1) {
			const { values: part, lines: partLines, known: partKnown, n } = hierarchyCase(next);
			const size = part.length;
			// The rest: a random count per area, its sums like the part's.
			const rest = part.map(() => 0);
			for (let i = 0; i < n; i += 1) rest[i] = count(next);
			for (const line of partLines) {
				rest[line.total] = line.members.reduce((s, i) => s + rest[i], 0);
			}
			const whole = part.map((v, i) => v + rest[i]);
			const values = [...part, ...rest, ...whole];
			const shift = (o: number) => (l: LinearLine) => ({
				members: l.members.map((m) => m + o),
				total: l.total + o
			});
			const lines = [0, size, 2 * size].flatMap((o) => partLines.map(shift(o)));
			for (let k = 0; k < size; k += 1) lines.push({ members: [k, size + k], total: 2 * size + k });
			const known = new Set([0, size, 2 * size].flatMap((o) => [...partKnown].map((k) => k + o)));
			const unshown = new Set(Array.from({ length: size }, (_, k) => size + k));
			const figures = suppressLinear(values, lines, { threshold: 3, known, unshown });
			const seen = figures.map((f, i) =>
				known.has(i) ? { suppressed: false as const, value: values[i] } : f
			);
			// The rest is never shown, but anyone can compute it: the attacker knows it unless hidden.
			const leaked = recoverable(lines, seen).filter((i) => !known.has(i));
			if (leaked.length > 0) failures.push(`case ${t} → cells ${leaked}`);
			for (const [i, f] of figures.entries()) {
				if (!f.suppressed && !known.has(i)) expect(f.value === 0 || f.value >= 3).toBe(true);
			}
		}
		expect(failures).toEqual([]);
	});
});
