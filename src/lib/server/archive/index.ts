export { documentsOfEdition, searchArchive, normaliseQuery, MAX_QUERY_LENGTH } from './store';
export type { ArchiveDocument, SearchHit } from './store';
export type { HighlightPart } from './highlight';
