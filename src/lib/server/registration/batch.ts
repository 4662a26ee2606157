/**
 * Group commit for the seat lock (docs/decisions/0037-registrations-decided-in-groups.md).
 * Registrations for one edition that arrive while a decision for it is running wait here and are
 * then decided together, in arrival order, in one transaction under one lock; each caller still
 * gets its own answer, and only after the commit. If a group fails for a reason that is not a
 * domain refusal, its members are decided one at a time, so one bad registration cannot take
 * the others with it.
 */
export interface GroupJob<T> {
	resolve(value: T): void;
	reject(error: unknown): void;
}

export class GroupCommit<K, J extends GroupJob<R>, R> {
	private queues = new Map<K, { jobs: J[]; running: boolean }>();

	constructor(
		private decide: (key: K, jobs: J[]) => Promise<R[]>,
		private options: {
			maxGroup: number;
			/** Jobs that may not share a group with an earlier one (e.g. the same address). */
			conflicts?: (a: J, b: J) => boolean;
			/** Errors that are everyone's answer (e.g. "busy, try again"), not retried alone. */
			isFinal?: (error: unknown) => boolean;
		}
	) {}

	submit(key: K, job: Omit<J, 'resolve' | 'reject'>): Promise<R> {
		return new Promise<R>((resolve, reject) => {
			let queue = this.queues.get(key);
			if (!queue) {
				queue = { jobs: [], running: false };
				this.queues.set(key, queue);
			}
			queue.jobs.push({ ...job, resolve, reject } as J);
			if (!queue.running) {
				queue.running = true;
				// Whatever arrives before the next turn of the event loop joins the first group;
				// while a group is decided, the next one gathers by itself.
				setImmediate(() => void this.drain(key));
			}
		});
	}

	private takeGroup(jobs: J[]): J[] {
		const group: J[] = [];
		const later: J[] = [];
		for (const job of jobs) {
			if (
				group.length >= this.options.maxGroup ||
				later.length > 0 ||
				group.some((other) => this.options.conflicts?.(other, job))
			) {
				later.push(job);
			} else {
				group.push(job);
			}
		}
		jobs.splice(0, jobs.length, ...later);
		return group;
	}

	private async drain(key: K): Promise<void> {
		const queue = this.queues.get(key)!;
		try {
			while (queue.jobs.length) {
				const group = this.takeGroup(queue.jobs);
				await this.run(key, group);
			}
		} finally {
			queue.running = false;
			this.queues.delete(key);
		}
	}

	private async run(key: K, group: J[]): Promise<void> {
		try {
			const results = await this.decide(key, group);
			group.forEach((job, i) => job.resolve(results[i]));
		} catch (error) {
			if (group.length === 1 || this.options.isFinal?.(error)) {
				for (const job of group) job.reject(error);
				return;
			}
			for (const job of group) {
				try {
					const [result] = await this.decide(key, [job]);
					job.resolve(result);
				} catch (alone) {
					job.reject(alone);
				}
			}
		}
	}
}
