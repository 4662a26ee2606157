export {
	recordAudit,
	auditInsert,
	auditInsertMany,
	listAudit,
	auditActionGroups,
	auditEntriesFor,
	AUDIT_PAGE_SIZE
} from './log';
export type { AuditEntry, AuditRow } from './log';
export { auditSubjects } from './subjects';
export type { AuditSubject } from './subjects';
