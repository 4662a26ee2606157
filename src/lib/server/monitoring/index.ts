/**
 * Social monitoring: areas, indicators, imports (store.ts), the public atlas built on disclosure
 * control (atlas/), and the pure core — MSS index, disclosure control, typology.
 */
export {
	computeMssIndex,
	countClasses,
	standardise,
	statusClass,
	dynamicsClass,
	gesamtindexCell,
	gesamtindexLabel,
	isGesamtindexCell,
	DEFAULT_MIN_POPULATION,
	DEFAULT_ATTENTION_CELLS,
	GESAMTINDEX_CELLS,
	STATUS_CLASSES,
	DYNAMICS_CLASSES,
	STATUS_CLASS_LABELS,
	DYNAMICS_CLASS_LABELS,
	type StatusClass,
	type DynamicsClass,
	type GesamtindexCell,
	type MssArea,
	type MssInput,
	type MssOptions,
	type MssResult,
	type MssAreaResult,
	type IndexedArea,
	type NotIndexedArea,
	type NotIndexedReason,
	type IndexPart,
	type MssReference,
	type MssCounts,
	type Standardisation
} from './mss';
export {
	suppressSmallCount,
	suppressSmallCounts,
	disclosedRate,
	suppressTable,
	publicValue,
	displayValue,
	published,
	suppressed,
	DEFAULT_THRESHOLD,
	type Disclosed,
	type Published,
	type Suppressed,
	type SuppressionReason,
	type DisclosureOptions,
	type TableOptions,
	type DisclosedTable
} from './disclosure';
export {
	MonitoringError,
	MONITORING_MESSAGES,
	isMonitoringErrorCode,
	monitoringMessageKey,
	type MonitoringErrorCode
} from './errors';
export {
	importAreas,
	importAndPublishAreas,
	areaDraftPlan,
	type AreaDraftSummary,
	type ValueDraftSummary,
	defaultBoundaryYear,
	importValues,
	importAndPublishValues,
	listImports,
	undoImport,
	undoLatestImport,
	latestPublishedImport,
	draftSummary,
	publishDraft,
	discardDraft,
	type DraftSummary,
	publishDataset,
	unpublishDataset,
	updateDatasetSettings,
	editArea,
	saveAnalysisSettings,
	type ImportOutcome,
	type ImportRecord
} from './store';
export {
	importKomMonitorAreas,
	importKomMonitorValues,
	type KomMonitorAreaInput,
	type KomMonitorValueInput
} from './kommonitor-import';
export { DEMO_NOTE, MSS_NOTE } from './atlas/context';
export { atlasAreaTypes, municipalityAtlas, type MunicipalityAtlas } from './atlas/municipality';
export { analysisPreview, type AnalysisPreview, type AnalysisOutcome } from './atlas/preview';
export { areaProfile, type AreaProfile } from './atlas/profile';
export { ruhrOverview, type RuhrOverview } from './atlas/ruhr';
export {
	publicData,
	publicValues,
	valuesCsv,
	valuesGeoJson,
	valuesPage,
	valuesJsonParts,
	MAX_PAGE_SIZE,
	DEFAULT_PAGE_SIZE,
	type PublicData,
	type PublicValues,
	type ValuesPage,
	type ValuesQuery
} from './atlas/exports';
export {
	indicatorScope,
	listMunicipalities,
	loadIndicators,
	publicIndicators,
	PUBLIC,
	type Access
} from './read';
export {
	createLocalIndicator,
	deleteLocalIndicator,
	listLocalIndicators,
	localIndicatorKey,
	LOCAL_INDICATOR_FIELDS,
	updateLocalIndicator,
	type LocalIndicatorListed,
	type LocalIndicatorProblem
} from './local-indicators';
export {
	BOUNDARY_TOLERANCE,
	compareBoundaries,
	compareTerritories,
	currentVersions,
	validIn,
	versionsIn
} from './boundaries';
export type { AreaGeometry } from './geo';
export { mapSvgDocument, buildMap, hatchPattern, MISSING_DASH } from './map';
export { mapPng } from './png';
export { mapDownload, dataDownload } from './atlas/downloads';
export { atlasView, atlasQuery, apiValuesQuery } from './query';
export { areaTypology } from './typology';
export {
	plannerOverview,
	analysisChoices,
	type PlannerOverview,
	type IndicatorCoverage,
	type AnalysisChoices
} from './planner';
export { saveTypeLabels, typeLabels, typologyKey, type TypeLabel } from './type-labels';
export { MSS_INDICATORS } from './catalogue';
export { ATLAS_CACHE_VALUES, VersionedCache } from './atlas/cache';
export { dataVersionOf } from './version';
export type { ImportProblem } from './problems';
export {
	analysisSettingsOf,
	checkAnalysisSettings,
	readAnalysisForm,
	maxTypes,
	DEFAULT_ANALYSIS,
	WINSORISE_LIMITS,
	type AnalysisSettings,
	type AnalysisProblem,
	type AnalysisField
} from './analysis';
