import { documentKinds, partnerRoles, sectors, sessionKinds } from '$lib/types/enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../monitoring/atlas/exports';

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
	const agsParameter = {
		name: 'ags',
		in: 'path',
		required: true,
		description: 'Amtlicher Gemeindeschlüssel, 8 digits with leading zero',
		schema: { type: 'string', pattern: '^[0-9]{8}$' }
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
			'/api/monitoring/indicators': {
				get: {
					summary: 'The indicator catalogue (definition, unit, direction, source, Handlungsfeld)',
					responses: {
						'200': {
							description: 'Indicators',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											indicators: {
												type: 'array',
												items: { $ref: '#/components/schemas/Indicator' }
											}
										}
									}
								}
							}
						}
					}
				}
			},
			'/api/monitoring/municipalities': {
				get: {
					summary:
						'The 53 municipalities of the Metropole Ruhr and whether their small-area data is published',
					responses: {
						'200': {
							description: 'Municipalities',
							content: { 'application/json': { schema: { type: 'object' } } }
						}
					}
				}
			},
			'/api/monitoring/municipalities/{ags}/areas': {
				get: {
					summary:
						'Small areas of a municipality that published its data (geometry: see the GeoJSON link)',
					parameters: [agsParameter],
					responses: {
						'200': {
							description: 'Areas',
							content: { 'application/json': { schema: { type: 'object' } } }
						},
						'404': {
							description: 'Not published',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
						}
					}
				}
			},
			'/api/monitoring/municipalities/{ags}/values': {
				get: {
					summary: 'Indicator values per area, under statistical disclosure control',
					description:
						'Counts below the disclosure threshold (default 3), rates computed from them, and partner cells needed to protect them (secondary suppression) are returned as value null with suppressed true. Municipal totals follow the same rules. One request returns one year (the latest unless `year` is given) and one page of values, ordered by area code, indicator and year; follow `page.next` for the rest. `year=all` returns every year, still in pages. The complete data is also available as CSV at /atlas/{ags}/daten.csv.',
					parameters: [
						agsParameter,
						{
							name: 'indicator',
							in: 'query',
							required: false,
							description:
								'One indicator key or several separated by commas (at most 50); default: all.',
							schema: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,40}(,[a-z][a-z0-9_]{1,40})*$' }
						},
						{
							name: 'year',
							in: 'query',
							required: false,
							description:
								'A year, or `all` for every year. Default: the latest year with values of the chosen indicators.',
							schema: {
								oneOf: [
									{ type: 'integer', minimum: 1950, maximum: 2100 },
									{ type: 'string', enum: ['all'] }
								]
							}
						},
						{
							name: 'limit',
							in: 'query',
							required: false,
							description: 'Values per page.',
							schema: {
								type: 'integer',
								minimum: 1,
								maximum: MAX_PAGE_SIZE,
								default: DEFAULT_PAGE_SIZE
							}
						},
						{
							name: 'offset',
							in: 'query',
							required: false,
							description: 'Values to skip (the page starts after them).',
							schema: { type: 'integer', minimum: 0, default: 0 }
						}
					],
					responses: {
						'200': {
							description: 'Values',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/MonitoringValues' } }
							}
						},
						'400': {
							description: 'Invalid query',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
						},
						'404': {
							description: 'Not published',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
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
			'/api/editions/{year}/registrations': {
				post: {
					summary: 'Register for an edition (the same rules as the form)',
					description:
						'Registers for an edition and answers `202` with `{"status": "mail_sent"}`: the confirmation mail (double opt-in) carries the personal link and says whether the person has a seat or a waiting-list place. The answer is the same, byte for byte, when the address already has a registration for this edition (its owner is mailed their personal link again; nothing else is stored) and when the request was taken for a bot, so it never tells anyone whether an address is registered. Until 2026-11 the answer was `201` with the registration\'s `id`, `status` and `waitlistPosition`, and a repeated address got `409`; both are gone for that reason. Rate-limited per IP address.',
					parameters: [{ name: 'year', in: 'path', required: true, schema: { type: 'integer' } }],
					requestBody: {
						required: true,
						content: {
							'application/json': { schema: { $ref: '#/components/schemas/RegistrationInput' } }
						}
					},
					responses: {
						'202': {
							description:
								'Accepted: a mail went to the address (a new registration, or the link again for an existing one)',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										required: ['status', 'message'],
										properties: {
											status: { const: 'mail_sent' },
											message: { type: 'string' }
										}
									}
								}
							}
						},
						'409': {
							description: 'Registration is not open (not yet, no longer, or not on this platform)',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } }
							}
						},
						'422': {
							description: 'Invalid input; every problem with its field',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } }
							}
						},
						'429': {
							description: 'Too many registrations from this address in a short time',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } }
							}
						},
						'413': {
							description: 'The body is larger than the server accepts (BODY_SIZE_LIMIT)',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } }
							}
						},
						'415': {
							description: 'The body is not application/json',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' } }
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
							required: ['partners', 'speakers', 'sessions', 'capacity', 'seatsTaken', 'workshops'],
							properties: {
								capacity: { type: ['integer', 'null'], description: 'Null: no registration here' },
								seatsTaken: {
									type: 'integer',
									description: 'Held seats (pending and confirmed), live'
								},
								waitlisted: { type: 'integer' },
								workshops: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											id: { type: 'integer' },
											title: { type: 'string' },
											capacity: { type: 'integer' },
											seatsTaken: { type: 'integer' }
										}
									}
								},
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
				DocumentKind: { enum: [...documentKinds] },
				FieldErrors: {
					type: 'object',
					required: ['errors'],
					properties: {
						errors: {
							type: 'array',
							items: {
								type: 'object',
								required: ['field', 'message'],
								properties: {
									field: { type: 'string', description: '`form` when not about one field' },
									message: { type: 'string', description: 'German, for people' },
									key: {
										type: 'string',
										description:
											'Stable code of the problem (e.g. `reg.err.email`), where there is one: for clients that show their own text'
									}
								}
							}
						}
					}
				},
				RegistrationInput: {
					type: 'object',
					description:
						'Text fields refuse control characters (C0 except tab and line breaks in multi-line fields, DEL, C1) and broken characters with a 422 on that field; a value of only invisible characters counts as empty. Yes/no fields are JSON booleans ("true" as a string is refused).',
					required: [
						'firstName',
						'lastName',
						'email',
						'sector',
						'municipality',
						'privacyAcknowledged'
					],
					properties: {
						firstName: { type: 'string', maxLength: 100 },
						lastName: { type: 'string', maxLength: 100 },
						email: { type: 'string', format: 'email', maxLength: 254 },
						organisation: { type: 'string', maxLength: 200 },
						jobTitle: { type: 'string', maxLength: 200 },
						sector: { enum: [...sectors] },
						municipality: {
							type: 'string',
							description: '8-digit AGS of a Ruhr municipality (leading zero), or "extern"',
							pattern: '^([0-9]{8}|extern)$'
						},
						workshopFirstId: { type: ['integer', 'null'], minimum: 1, maximum: 2147483647 },
						workshopSecondId: { type: ['integer', 'null'], minimum: 1, maximum: 2147483647 },
						needsStepFree: { type: 'boolean' },
						needsSignLanguage: { type: 'boolean' },
						needsInductionLoop: { type: 'boolean' },
						needsOther: { type: 'string', maxLength: 500 },
						dietary: { type: 'string', maxLength: 300 },
						consentListing: { type: 'boolean' },
						consentPhotos: { type: 'boolean' },
						privacyAcknowledged: { const: true },
						cafeTopics: {
							type: 'object',
							description:
								'Preferred World Café topics per café id, for cafés that ask for them; an unknown topic is refused on the field `cafeTopics.<café>`',
							propertyNames: { pattern: '^[0-9]{1,9}$' },
							additionalProperties: {
								type: 'array',
								maxItems: 20,
								items: { type: 'string', minLength: 1, maxLength: 200 }
							}
						}
					}
				},
				Indicator: {
					type: 'object',
					properties: {
						key: { type: 'string' },
						name: { type: 'string' },
						definition: { type: 'string' },
						unit: { type: 'string' },
						kind: { enum: ['share', 'count', 'measure'] },
						direction: { enum: ['need_up', 'need_down', 'neutral'] },
						handlungsfeld: { type: 'string' },
						source: { type: 'string' }
					}
				},
				MonitoringValues: {
					type: 'object',
					properties: {
						municipality: {
							type: 'object',
							properties: {
								ags: { type: 'string', pattern: '^[0-9]{8}$' },
								name: { type: 'string' }
							}
						},
						isDemo: { type: 'boolean', description: 'Synthetic demo values, not real data.' },
						disclosureThreshold: { type: 'integer' },
						year: {
							type: ['integer', 'null'],
							description: 'The year of this answer; null when every year was asked for.'
						},
						years: {
							type: 'array',
							items: { type: 'integer' },
							description: 'Years with values of the chosen indicators.'
						},
						page: {
							type: 'object',
							required: ['offset', 'limit', 'total', 'next'],
							properties: {
								offset: { type: 'integer' },
								limit: { type: 'integer' },
								total: { type: 'integer', description: 'Values matching the query, all pages.' },
								next: {
									type: ['string', 'null'],
									description: 'Path and query of the next page; null on the last page.'
								}
							}
						},
						values: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									area: { type: 'string' },
									areaName: { type: 'string' },
									indicator: { type: 'string' },
									year: { type: 'integer' },
									value: { type: ['number', 'null'] },
									count: {
										type: ['number', 'null'],
										description: 'Case count behind the value, if published.'
									},
									suppressed: { type: 'boolean' }
								}
							}
						},
						totals: {
							type: 'array',
							description:
								'The municipality, aggregated from its areas for the same indicators and year(s), under the same rules (not paged).',
							items: {
								type: 'object',
								properties: {
									indicator: { type: 'string' },
									year: { type: 'integer' },
									value: { type: ['number', 'null'] },
									count: { type: ['number', 'null'] },
									suppressed: { type: 'boolean' }
								}
							}
						},
						notes: { type: 'array', items: { type: 'string' } }
					}
				}
			}
		}
	};
}
