import { documentKinds, partnerRoles, sessionKinds } from '$lib/types/enums';

const nullableString = { type: ['string', 'null'] };

/** OpenAPI 3.1 description of the public JSON API. */
export function openApiDocument(serverUrl: string) {
	const venue = {
		type: 'object',
		required: ['name', 'street', 'postcode', 'city'],
		properties: {
			name: nullableString,
			street: nullableString,
			postcode: nullableString,
			city: nullableString
		}
	};
	const editionSummary = {
		type: 'object',
		required: ['year', 'title', 'date', 'venue', 'isDemo', 'links'],
		properties: {
			year: { type: 'integer', example: 2023 },
			number: { type: ['integer', 'null'], description: 'Ordinal of the edition (5 = fifth).' },
			title: { type: 'string' },
			theme: nullableString,
			date: { type: ['string', 'null'], format: 'date', description: 'Null where not on record.' },
			dateNote: nullableString,
			startTime: {
				type: ['string', 'null'],
				pattern: '^\\d{2}:\\d{2}$',
				description: 'Europe/Berlin'
			},
			endTime: {
				type: ['string', 'null'],
				pattern: '^\\d{2}:\\d{2}$',
				description: 'Europe/Berlin'
			},
			venue: { $ref: '#/components/schemas/Venue' },
			isDemo: { type: 'boolean', description: 'Invented demo content, not a real edition.' },
			links: {
				type: 'object',
				properties: {
					self: { type: 'string' },
					page: { type: 'string' },
					programme: { type: 'string' }
				}
			}
		}
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Sozialkonferenz Ruhr API',
			version: '1.0.0',
			description:
				'Public, read-only data of the Sozialkonferenz Ruhr: editions, programme, contributors. Times are ISO 8601 instants; wall-clock times refer to Europe/Berlin.'
		},
		servers: [{ url: serverUrl }],
		paths: {
			'/api/health': {
				get: {
					summary: 'Liveness and database readiness',
					responses: {
						'200': {
							description: 'Server and database are ready',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } }
						},
						'503': {
							description: 'The database does not answer',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } }
						}
					}
				}
			},
			'/api/editions': {
				get: {
					summary: 'All published editions, newest first',
					responses: {
						'200': {
							description: 'List of editions',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										required: ['editions'],
										properties: {
											editions: {
												type: 'array',
												items: { $ref: '#/components/schemas/EditionSummary' }
											}
										}
									}
								}
							}
						}
					}
				}
			},
			'/api/editions/{year}': {
				get: {
					summary: 'One edition with partners, speakers and programme sessions',
					parameters: [
						{
							name: 'year',
							in: 'path',
							required: true,
							schema: { type: 'integer', minimum: 1000, maximum: 9999 }
						}
					],
					responses: {
						'200': {
							description: 'The edition',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/EditionDetail' } }
							}
						},
						'404': {
							description: 'No edition in that year',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
						}
					}
				}
			}
		},
		components: {
			schemas: {
				Health: {
					type: 'object',
					required: ['status', 'database'],
					properties: {
						status: { enum: ['ok', 'unavailable'] },
						database: { enum: ['pglite', 'postgres', 'unavailable'] },
						time: { type: 'string', format: 'date-time' }
					}
				},
				Error: {
					type: 'object',
					required: ['message'],
					properties: { message: { type: 'string' } }
				},
				Venue: venue,
				EditionSummary: editionSummary,
				EditionDetail: {
					allOf: [
						{ $ref: '#/components/schemas/EditionSummary' },
						{
							type: 'object',
							required: ['partners', 'speakers', 'sessions'],
							properties: {
								description: nullableString,
								summary: nullableString,
								partners: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											name: { type: 'string' },
											role: { enum: [...partnerRoles] },
											url: nullableString
										}
									}
								},
								speakers: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											id: { type: 'integer' },
											name: { type: 'string' },
											title: nullableString,
											role: nullableString,
											organisation: nullableString
										}
									}
								},
								sessions: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											id: { type: 'integer' },
											kind: { enum: [...sessionKinds] },
											title: { type: 'string' },
											description: nullableString,
											startsAt: { type: ['string', 'null'], format: 'date-time' },
											endsAt: { type: ['string', 'null'], format: 'date-time' },
											room: nullableString,
											speakerIds: { type: 'array', items: { type: 'integer' } }
										}
									}
								}
							}
						}
					]
				},
				DocumentKind: { enum: [...documentKinds] }
			}
		}
	};
}
