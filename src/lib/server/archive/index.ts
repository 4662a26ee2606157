export {
	archiveQuery,
	documentsOfEdition,
	searchArchive,
	normaliseQuery,
	MAX_QUERY_LENGTH
} from './store';
export type { ArchiveDocument, SearchHit } from './store';
export type { HighlightPart } from './highlight';
export {
	ArchiveError,
	UploadForm,
	LinkForm,
	SummaryForm,
	DocumentEditForm,
	uploadDocument,
	uploadDocuments,
	uploadProblem,
	addLink,
	attachReport,
	ReportAttachForm,
	updateDocument,
	deleteDocument,
	updateDocumentationSummary,
	documentsForEditing,
	documentationSummary,
	documentFile,
	documentFileUrl
} from './documentation';
export type { DocumentForEditing, UploadedFile, UploadSettings } from './documentation';
export { allowedExtensionsText } from './files';
