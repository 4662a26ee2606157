/**
 * Social monitoring: the MSS index (status, dynamics, Gesamtindex) and disclosure control for
 * published counts. Pure functions; loading and storing data lives elsewhere.
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
export { MonitoringError, MONITORING_MESSAGES, type MonitoringErrorCode } from './errors';
