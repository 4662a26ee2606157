import autocannon from 'autocannon';

export interface LoadResult {
	statuses?: Record<string, { count: number }>;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	p50: number;
	p95: number;
	non2xx: number;
	errors: number;
}

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return Number.NaN;
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)];
}

/**
 * Closed-loop HTTP load with autocannon; every response time is collected so that p50 and p95
 * are exact (autocannon's own summary stops at p90 / p97.5).
 */
export async function measure(
	url: string,
	connections: number,
	seconds: number,
	options: {
		method?: 'GET' | 'POST';
		body?: string;
		headers?: Record<string, string>;
		/** A fresh body per request, e.g. a unique e-mail address. */
		nextBody?: () => string;
	} = {}
): Promise<LoadResult> {
	const latencies: number[] = [];
	const result = await autocannon({
		url,
		connections,
		duration: seconds,
		method: options.method ?? 'GET',
		body: options.body,
		headers: options.headers,
		requests: options.nextBody
			? [
					{
						setupRequest(request) {
							return { ...request, body: options.nextBody!() };
						}
					}
				]
			: undefined,
		setupClient(client) {
			client.on('response', (_status: number, _bytes: number, time: number) => {
				latencies.push(time);
			});
		}
	});
	latencies.sort((a, b) => a - b);
	const elapsed = result.duration;
	return {
		statuses: result.statusCodeStats,
		requests: latencies.length,
		seconds: elapsed,
		requestsPerSecond: latencies.length / elapsed,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		non2xx: result.non2xx,
		errors: result.errors
	};
}
