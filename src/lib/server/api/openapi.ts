import { documentKinds, partnerRoles, sectors, sessionKinds } from '$lib/types/enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../monitoring/atlas/exports';
import { goalLevels, measureStatuses, planningFields, planStatuses } from '$lib/types/planning';
import { fundingSources } from '$lib/types/programme';
import { reportLanguages } from '$lib/types/report';
import { organisationKinds } from '$lib/server/db/schema/actors';

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
					description:
						"With `municipality`, also that municipality's local indicators (keys `lokal_<ags>_…`), if it has published its data. Local indicators exist in their municipality only and are never part of Ruhr-wide comparisons.",
					parameters: [
						{
							name: 'municipality',
							in: 'query',
							required: false,
							description: 'AGS of a municipality whose local indicators to include',
							schema: { type: 'string', pattern: '^[0-9]{8}$' }
						}
					],
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
						'Small areas of a municipality that published its data (geometry: see the GeoJSON link). Areas are boundary versions: validFrom and validTo are the first and last year of a version (null: open). Without `year` the current versions are listed, with it the versions valid in that year.',
					parameters: [
						agsParameter,
						{
							name: 'year',
							in: 'query',
							required: false,
							schema: { type: 'integer' },
							description: 'List the boundary versions valid in this year.'
						}
					],
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
			'/api/planning/municipalities/{ags}/programme': {
				get: {
					summary: 'The public part of the Handlungsprogramme concerning a municipality',
					description:
						'Plans of the municipality and of its Kreis that are not drafts: goal tree (flat, with parentId), Handlungsräume with their areas, targets with baseline, latest value, target and status, and the public measures with fields, areas and organisations. Figures are under statistical disclosure control: a target whose baseline is not publishable has baseline, latest and change null and status "nicht_bewertbar"; output counts below the threshold are null with suppressed true. The figures describe how indicators developed, not the effect of a measure.',
					parameters: [agsParameter],
					responses: {
						'200': {
							description: 'Public programme (plans may be empty)',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/PlanningProgramme' } }
							}
						},
						'404': {
							description: 'Not a municipality of the Metropole Ruhr',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
						}
					}
				}
			},
			'/api/planning/municipalities/{ags}/reports': {
				get: {
					summary: 'The published Sozialberichte of a municipality, with their PDF and DOCX',
					description:
						'Reports the municipality has published and the reports its Kreis has published over its member municipalities (never drafts; a kreisfreie Stadt has no Kreis reports), newest reporting year first. `scope` says whose report it is: the municipality\'s own (`gemeinde`, key = AGS) or its Kreis\'s (`kreis`, key = 5-digit Kreis key, name e.g. "Kreis Recklinghausen"); a Kreis report appears in the listing of every member municipality, with links through that municipality. A published report is frozen: its files are rendered from the public figures of the day it was published and never change; `links.pdf` and `links.docx` are absolute addresses. Demo reports (invented demo data) have isDemo true.',
					parameters: [agsParameter],
					responses: {
						'200': {
							description: 'Published reports (may be empty)',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/PublishedReports' } }
							}
						},
						'404': {
							description: 'Not a municipality of the Metropole Ruhr',
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
						language: {
							enum: ['de', 'en'],
							description:
								'Language of every mail to the person; without it, the language of the request (`?lang=` or the language cookie), else German'
						},
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
						},
						answers: {
							type: 'object',
							description:
								'Answers to the edition’s own questions per question id: text, a number, a boolean for yes/no, an option’s German text for a choice or a list of them for a multiple choice. A question whose condition is not met is ignored; a missing required answer or one not offered is refused on the field `q.<id>`',
							propertyNames: { pattern: '^[0-9]{1,9}$' },
							additionalProperties: {
								oneOf: [
									{ type: 'string', maxLength: 500 },
									{ type: 'number' },
									{ type: 'boolean' },
									{ type: 'array', items: { type: 'string', maxLength: 200 } }
								]
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
						source: { type: 'string' },
						timeBasis: {
							enum: ['stichtag', 'jahresdurchschnitt'],
							description:
								'Values on the reference date 31 December (stichtag) or as annual average (jahresdurchschnitt); only values of the same time basis are comparable'
						},
						municipality: {
							type: ['string', 'null'],
							description:
								'AGS of the municipality a local indicator belongs to; null for the catalogue'
						}
					}
				},
				PublishedReports: {
					type: 'object',
					required: ['ags', 'reports'],
					properties: {
						ags: { type: 'string', pattern: '^[0-9]{8}$' },
						reports: {
							type: 'array',
							items: {
								type: 'object',
								required: [
									'id',
									'title',
									'year',
									'language',
									'publishedAt',
									'isDemo',
									'scope',
									'links'
								],
								properties: {
									id: { type: 'integer' },
									scope: {
										type: 'object',
										description:
											'Whose report: the municipality (`gemeinde`, key = AGS) or its Kreis (`kreis`, key = Kreis key), with the name its title page carries.',
										required: ['kind', 'key', 'name'],
										properties: {
											kind: { enum: ['gemeinde', 'kreis'] },
											key: { type: 'string', pattern: '^[0-9]{5}([0-9]{3})?$' },
											name: { type: 'string' }
										}
									},
									title: { type: 'string' },
									year: { type: 'integer', description: 'Reporting year' },
									language: { enum: [...reportLanguages] },
									publishedAt: { type: 'string', format: 'date-time' },
									isDemo: {
										type: 'boolean',
										description: 'Built on invented demo data, not a real report.'
									},
									links: {
										type: 'object',
										required: ['pdf', 'docx'],
										properties: {
											pdf: { type: 'string', format: 'uri' },
											docx: { type: 'string', format: 'uri' }
										}
									}
								}
							}
						}
					}
				},
				PlanningProgramme: {
					type: 'object',
					required: ['municipality', 'note', 'plans'],
					properties: {
						municipality: {
							type: 'object',
							required: ['ags', 'name'],
							properties: { ags: { type: 'string' }, name: { type: 'string' } }
						},
						note: { type: 'string' },
						plans: { type: 'array', items: { $ref: '#/components/schemas/PlanningPlan' } }
					}
				},
				PlanningPlan: {
					type: 'object',
					required: [
						'id',
						'title',
						'scope',
						'status',
						'baselineYear',
						'isDemo',
						'goals',
						'handlungsraeume',
						'targets',
						'measures'
					],
					properties: {
						id: { type: 'integer' },
						title: { type: 'string' },
						scope: {
							type: 'object',
							description: '{ kind: "gemeinde", ags } or { kind: "kreis", kreisAgs }',
							properties: {
								kind: { enum: ['gemeinde', 'kreis'] },
								ags: { type: 'string' },
								kreisAgs: { type: 'string' }
							}
						},
						scopeName: { type: 'string' },
						period: {
							type: 'object',
							properties: { start: { type: 'integer' }, end: { type: 'integer' } }
						},
						status: { enum: [...planStatuses] },
						decidedOn: { type: ['string', 'null'], format: 'date' },
						decisionReference: nullableString,
						baselineYear: { type: 'integer' },
						isDemo: { type: 'boolean' },
						goals: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'integer' },
									parentId: { type: ['integer', 'null'] },
									level: { enum: [...goalLevels] },
									fields: { type: 'array', items: { enum: [...planningFields] } },
									targetGroup: { type: 'string' },
									title: { type: 'string' },
									description: { type: 'string' }
								}
							}
						},
						handlungsraeume: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'integer' },
									name: { type: 'string' },
									kind: { enum: ['gebiete', 'gemeinde'] },
									areas: { type: 'array', items: { $ref: '#/components/schemas/PlanningArea' } }
								}
							}
						},
						targets: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'integer' },
									goalId: { type: 'integer' },
									indicator: {
										type: 'object',
										properties: {
											key: { type: 'string' },
											name: { type: 'string' },
											unit: { type: 'string' },
											decimals: { type: 'integer' },
											direction: { enum: ['need_up', 'need_down'] }
										}
									},
									handlungsraumId: { type: 'integer' },
									baseline: { $ref: '#/components/schemas/PlanningYearValue' },
									latest: { $ref: '#/components/schemas/PlanningYearValue' },
									target: {
										type: 'object',
										properties: {
											year: { type: 'integer' },
											value: { type: ['number', 'null'] },
											kind: { enum: ['absolute', 'close_gap'] },
											gapClosePercent: { type: ['number', 'null'] }
										}
									},
									status: {
										enum: [
											'erreicht',
											'auf_kurs',
											'nicht_auf_kurs',
											'entgegen',
											'keine_neuen_daten',
											'nicht_bewertbar',
											'zeitreihenbruch'
										]
									},
									change: { type: ['number', 'null'] },
									gapToMunicipal: { type: ['number', 'null'] },
									trend: { type: ['object', 'null'] },
									baselineChanged: {
										type: 'boolean',
										description:
											'Ausgangswert geändert: the stored value of the baseline year changed after the target was set; the frozen baseline is kept.'
									},
									comparison: {
										type: 'object',
										description:
											'Similar areas (same area type) without a measure in the field; at least 5, else kein_vergleich.',
										properties: {
											state: { enum: ['ok', 'kein_vergleich'] },
											areas: { type: 'integer' },
											wording: { enum: ['günstiger', 'ungünstiger', 'ähnlich', null] }
										}
									}
								}
							}
						},
						measures: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'integer' },
									title: { type: 'string' },
									description: { type: 'string' },
									fields: { type: 'array', items: { enum: [...planningFields] } },
									targetGroup: { type: 'string' },
									status: { enum: [...measureStatuses] },
									startsOn: { type: ['string', 'null'], format: 'date' },
									endsOn: { type: ['string', 'null'], format: 'date' },
									fundingSource: { enum: [...fundingSources, null] },
									lead: {
										oneOf: [{ $ref: '#/components/schemas/PlanningOrganisation' }, { type: 'null' }]
									},
									partners: {
										type: 'array',
										items: { $ref: '#/components/schemas/PlanningOrganisation' }
									},
									handlungsraumIds: { type: 'array', items: { type: 'integer' } },
									areas: { type: 'array', items: { $ref: '#/components/schemas/PlanningArea' } },
									goals: {
										type: 'array',
										items: {
											type: 'object',
											properties: { id: { type: 'integer' }, contribution: { type: 'string' } }
										}
									},
									outputs: {
										type: 'array',
										items: {
											type: 'object',
											properties: {
												label: { type: 'string' },
												count: { type: ['integer', 'null'] },
												suppressed: { type: 'boolean' }
											}
										}
									}
								}
							}
						}
					}
				},
				PlanningYearValue: {
					type: ['object', 'null'],
					properties: { year: { type: 'integer' }, value: { type: 'number' } }
				},
				PlanningArea: {
					type: 'object',
					properties: {
						ags: { type: 'string' },
						code: { type: 'string' },
						name: { type: 'string' }
					}
				},
				PlanningOrganisation: {
					type: 'object',
					properties: {
						id: { type: 'integer' },
						name: { type: 'string' },
						kind: { enum: [...organisationKinds] },
						url: nullableString,
						address: nullableString,
						point: {
							type: ['object', 'null'],
							properties: { lon: { type: 'number' }, lat: { type: 'number' } }
						},
						isDemo: { type: 'boolean' }
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
