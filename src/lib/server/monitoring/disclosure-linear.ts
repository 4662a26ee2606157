/**
 * Secondary suppression for counts bound by any set of sums, not only a table's rows and columns:
 * areas within their Stadtbezirk within the municipality, and two linked indicators (the
 * long-term unemployed are part of the unemployed) whose difference is a count as well.
 *
 * The figures are cells; each line says "these cells add up to that one". Some cells are known to
 * everyone whatever is done here (a Stadtbezirk total from the city's statistical yearbook): they
 * are never hidden and never serve as partners. Some are never shown (the short-term unemployed,
 * the difference of two linked indicators) but still count, because anyone can compute them from
 * what is shown: hiding them costs nothing, so they are the first choice as partners.
 *
 * Rules, as for tables (see `suppressTable`): primary suppression of small counts (and of cells
 * the caller marks); in every line whose total is not hidden, no single hidden cell and no hidden
 * sum below the threshold; finally no hidden cell that the published lines determine — checked
 * exactly, by linear algebra: a hidden cell is determined when its unit vector lies in the row
 * space of the lines restricted to the hidden cells (reduced row echelon form). Each round hides
 * one partner and starts again, so the result is deterministic.
 */
import { published, suppressed, type Disclosed, type SuppressionReason } from './disclosure';
import { MonitoringError } from './errors';

export interface LinearLine {
	/** Indexes of the cells that add up to `total`. */
	readonly members: readonly number[];
	readonly total: number;
}

export interface LinearOptions {
	readonly threshold: number;
	/** Cells hidden whatever their value, with the reason to give (e.g. a rate's small base). */
	readonly forced?: ReadonlyMap<number, SuppressionReason>;
	/** Cells everyone knows from elsewhere: never hidden, never a partner. */
	readonly known?: ReadonlySet<number>;
	/** Cells that are never shown: hiding them costs nothing, so they are preferred as partners. */
	readonly unshown?: ReadonlySet<number>;
}

export function suppressLinear(
	values: readonly number[],
	lines: readonly LinearLine[],
	options: LinearOptions
): Disclosed[] {
	const { threshold } = options;
	if (!Number.isInteger(threshold) || threshold < 1) {
		throw new MonitoringError('ungueltige_schwelle', 'threshold');
	}
	for (const value of values) {
		if (!Number.isInteger(value) || value < 0) throw new MonitoringError('ungueltige_anzahl');
	}
	const known = options.known ?? new Set<number>();
	const unshown = options.unshown ?? new Set<number>();
	const reasons: (SuppressionReason | null)[] = values.map((value, i) => {
		if (known.has(i)) return null;
		const forced = options.forced?.get(i);
		if (forced) return forced;
		return value > 0 && value < threshold ? 'small_count' : null;
	});
	const hidden = (i: number) => reasons[i] !== null;
	const open = (i: number) => !hidden(i) && !known.has(i);

	/** Unshown cells first, then the smallest non-zero, then (if allowed) a zero; ties by index. */
	const better = (i: number, best: number): boolean => {
		const [ui, ub] = [unshown.has(i), unshown.has(best)];
		if (ui !== ub) return ui;
		const [zi, zb] = [values[i] === 0, values[best] === 0];
		if (zi !== zb) return zb;
		return values[i] !== values[best] ? values[i] < values[best] : i < best;
	};
	const partnerAmong = (cells: readonly number[], allowZero: boolean): number | undefined => {
		let best: number | undefined;
		for (const i of cells) {
			if (!open(i) || (!allowZero && values[i] === 0)) continue;
			if (best === undefined || better(i, best)) best = i;
		}
		return best;
	};

	const partnerForLine = (line: LinearLine): number | undefined => {
		let hiddenCount = hidden(line.total) ? 1 : 0;
		let hiddenSum = 0;
		for (const i of line.members) {
			if (!hidden(i)) continue;
			hiddenCount += 1;
			hiddenSum += values[i];
		}
		if (hiddenCount === 0) return undefined;
		if (hiddenCount === 1) {
			return (
				partnerAmong(line.members, false) ??
				partnerAmong(line.members, true) ??
				(open(line.total) ? line.total : undefined)
			);
		}
		if (hidden(line.total) || hiddenSum >= threshold) return undefined;
		return partnerAmong(line.members, false) ?? (open(line.total) ? line.total : undefined);
	};

	// Lines are checked from a queue: hiding a partner puts the lines through it back on it.
	const linesOf: number[][] = values.map(() => []);
	lines.forEach((line, l) => {
		for (const i of [...line.members, line.total]) linesOf[i].push(l);
	});
	const queued = new Set<number>();
	const queue: number[] = [];
	const enqueue = (l: number) => {
		if (!queued.has(l)) {
			queued.add(l);
			queue.push(l);
		}
	};
	reasons.forEach((reason, i) => {
		if (reason !== null) for (const l of linesOf[i]) enqueue(l);
	});
	const hide = (i: number) => {
		reasons[i] = 'secondary';
		for (const l of linesOf[i]) enqueue(l);
	};
	for (let rounds = 0; queue.length > 0 && rounds <= values.length; rounds += 1) {
		for (let head = 0; head < queue.length; head += 1) {
			const l = queue[head];
			queued.delete(l);
			const partner = partnerForLine(lines[l]);
			if (partner !== undefined) {
				hide(partner);
				enqueue(l);
			}
		}
		queue.length = 0;
		const partner = partnerForDetermined(lines, linesOf, hidden, (cells) =>
			partnerAmong(cells, true)
		);
		if (partner !== undefined) hide(partner);
	}
	return reasons.map((reason, i) => (reason === null ? published(values[i]) : suppressed(reason)));
}

/**
 * A partner for the first hidden cell that the lines determine and that an open cell of its own
 * lines can protect; undefined when there is none.
 */
function partnerForDetermined(
	lines: readonly LinearLine[],
	linesOf: readonly (readonly number[])[],
	hidden: (i: number) => boolean,
	partnerAmong: (cells: readonly number[]) => number | undefined
): number | undefined {
	// Only lines through a hidden cell say anything about the hidden cells.
	const touched = new Set<number>();
	const unknowns: number[] = [];
	const column = new Map<number, number>();
	linesOf.forEach((through, i) => {
		if (!hidden(i)) return;
		column.set(i, unknowns.length);
		unknowns.push(i);
		for (const l of through) touched.add(l);
	});
	if (unknowns.length === 0) return undefined;
	const determined =
		determinedByBridges(unknowns, lines, linesOf) ??
		determinedUnknowns(equationsOf(unknowns, column, touched, lines, hidden), unknowns.length);
	for (const k of determined) {
		for (const l of linesOf[unknowns[k]]) {
			const partner = partnerAmong([...lines[l].members, lines[l].total]);
			if (partner !== undefined) return partner;
		}
		// Every cell around it is hidden or known from elsewhere: nothing here can protect it.
	}
	return undefined;
}

function equationsOf(
	unknowns: readonly number[],
	column: ReadonlyMap<number, number>,
	touched: ReadonlySet<number>,
	lines: readonly LinearLine[],
	hidden: (i: number) => boolean
): number[][] {
	return [...touched]
		.sort((a, b) => a - b)
		.map((l) => {
			const row = new Array<number>(unknowns.length).fill(0);
			for (const i of lines[l].members) if (hidden(i)) row[column.get(i)!] += 1;
			if (hidden(lines[l].total)) row[column.get(lines[l].total)!] -= 1;
			return row;
		});
}

/**
 * The same answer as the row-space test, in linear time, for the usual case: every hidden cell
 * lies in at most two lines (an area in its Stadtbezirk and in the area's pair of linked
 * indicators; a table's cell in its row and its column). Then the lines are the vertices of a
 * graph whose edges are the hidden cells (a cell in one line only ends at a free "ground"
 * vertex), and when the signs of the lines can be chosen so that every cell enters its two lines
 * with opposite signs ("balanced"), a hidden cell is determined exactly when it is a bridge: it
 * lies on no cycle. Returns null when the system is not of that kind.
 */
function determinedByBridges(
	unknowns: readonly number[],
	lines: readonly LinearLine[],
	linesOf: readonly (readonly number[])[]
): number[] | null {
	const ground = lines.length;
	const coefficient = (cell: number, l: number) => (lines[l].total === cell ? -1 : 1);
	// A hidden cell in no line is bound by nothing: no edge, never determined.
	const edges: ({ a: number; b: number } | null)[] = [];
	for (const cell of unknowns) {
		const through = linesOf[cell];
		if (through.length > 2) return null;
		if (through.length === 2 && through[0] === through[1]) return null;
		edges.push(through.length === 0 ? null : { a: through[0], b: through[1] ?? ground });
	}
	const adjacency = new Map<number, { to: number; edge: number }[]>();
	const link = (v: number, to: number, edge: number) => {
		const list = adjacency.get(v);
		if (list) list.push({ to, edge });
		else adjacency.set(v, [{ to, edge }]);
	};
	edges.forEach((e, k) => {
		if (!e) return;
		link(e.a, e.b, k);
		link(e.b, e.a, k);
	});
	// Balance: signs s of the lines with s(a)·c(a) = −s(b)·c(b) along every edge between lines.
	const sign = new Map<number, number>();
	for (const start of adjacency.keys()) {
		if (start === ground || sign.has(start)) continue;
		sign.set(start, 1);
		const stack = [start];
		while (stack.length > 0) {
			const v = stack.pop()!;
			for (const { to, edge } of adjacency.get(v)!) {
				if (to === ground) continue;
				const cell = unknowns[edge];
				const wanted = (-sign.get(v)! * coefficient(cell, v)) / coefficient(cell, to);
				const known = sign.get(to);
				if (known === undefined) {
					sign.set(to, wanted);
					stack.push(to);
				} else if (known !== wanted) return null;
			}
		}
	}
	// Bridges (Tarjan), iteratively so that long chains of areas cannot overflow the stack.
	const order = new Map<number, number>();
	const low = new Map<number, number>();
	const bridge = new Array<boolean>(edges.length).fill(false);
	let time = 0;
	for (const root of adjacency.keys()) {
		if (order.has(root)) continue;
		order.set(root, time);
		low.set(root, time);
		time += 1;
		const stack: { v: number; via: number; next: number }[] = [{ v: root, via: -1, next: 0 }];
		while (stack.length > 0) {
			const frame = stack[stack.length - 1];
			const around = adjacency.get(frame.v)!;
			if (frame.next < around.length) {
				const { to, edge } = around[frame.next];
				frame.next += 1;
				if (edge === frame.via) continue;
				if (!order.has(to)) {
					order.set(to, time);
					low.set(to, time);
					time += 1;
					stack.push({ v: to, via: edge, next: 0 });
				} else {
					low.set(frame.v, Math.min(low.get(frame.v)!, order.get(to)!));
				}
			} else {
				stack.pop();
				const parent = stack[stack.length - 1];
				if (parent) {
					low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
					if (low.get(frame.v)! > order.get(parent.v)!) bridge[frame.via] = true;
				}
			}
		}
	}
	return unknowns.map((_, k) => k).filter((k) => bridge[k]);
}

/** Columns whose unit vector lies in the row space (exact for the small integer systems here). */
function determinedUnknowns(matrix: readonly number[][], columns: number): number[] {
	const rows = matrix.map((row) => [...row]);
	const pivots: number[] = [];
	let next = 0;
	for (let col = 0; col < columns && next < rows.length; col += 1) {
		let found = -1;
		for (let i = next; i < rows.length; i += 1) {
			if (Math.abs(rows[i][col]) > 1e-9) {
				found = i;
				break;
			}
		}
		if (found === -1) continue;
		[rows[next], rows[found]] = [rows[found], rows[next]];
		const pivot = rows[next][col];
		for (let j = 0; j < columns; j += 1) rows[next][j] /= pivot;
		for (let i = 0; i < rows.length; i += 1) {
			const factor = rows[i][col];
			if (i === next || Math.abs(factor) <= 1e-9) continue;
			for (let j = 0; j < columns; j += 1) rows[i][j] -= factor * rows[next][j];
		}
		pivots.push(col);
		next += 1;
	}
	return pivots.filter((col, r) => rows[r].every((v, j) => j === col || Math.abs(v) <= 1e-9));
}
