export {
	CODE_LENGTH,
	certificateRefusal,
	eventEndedAt,
	eventHours,
	eventOver,
	groupedCode,
	newCertificateCode,
	normaliseCode,
	verificationUrl
} from './rules';
export type { CertificateRefusal } from './rules';
export {
	certificateForRegistration,
	certificateMail,
	certificateOverview,
	certificateStatus,
	editionCertificates,
	mailCertificateLinks,
	verifyCertificate
} from './store';
export type {
	Certificate,
	CertificateOutcome,
	CertificateOverview,
	VerifiedCertificate
} from './store';
export { certificatesPdf } from './pdf';
