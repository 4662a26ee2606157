import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const API_ROUTES = join(process.cwd(), 'src', 'routes', 'api');

/** Every `+server.ts` under `src/routes/api` as an OpenAPI path (`[ags=ags]` → `{ags}`). */
async function apiRoutes(): Promise<string[]> {
	const files = await readdir(API_ROUTES, { recursive: true });
	return files
		.filter((f) => f.endsWith(`${sep}+server.ts`) || f === '+server.ts')
		.map((f) => relative('.', f).split(sep).slice(0, -1).join('/'))
		.map((dir) => `/api/${dir}`.replace(/\[(\w+)(=\w+)?\]/g, '{$1}'))
		.filter((path) => path !== '/api/openapi.json')
		.sort();
}

describe('the OpenAPI document', () => {
	it('describes exactly the public API routes there are', async () => {
		const documented = Object.keys(openApiDocument('https://example.org').paths).sort();
		expect(documented).toEqual(await apiRoutes());
	});

	it('describes the published reports of a municipality with the addresses of PDF and DOCX', () => {
		const doc = openApiDocument('https://example.org');
		const path = doc.paths['/api/planning/municipalities/{ags}/reports'];
		expect(path.get.responses['200'].content['application/json'].schema).toEqual({
			$ref: '#/components/schemas/PublishedReports'
		});
		const item = doc.components.schemas.PublishedReports.properties.reports.items;
		expect(item.required).toEqual(expect.arrayContaining(['title', 'year', 'scope', 'links']));
		expect(item.properties.scope.properties.kind.enum).toEqual(['gemeinde', 'kreis']);
		expect(item.properties.links.required).toEqual(['pdf', 'docx']);
	});
});
