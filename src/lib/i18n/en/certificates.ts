import type { certificates as de } from '../de/certificates';

export const certificates: Record<keyof typeof de, string> = {
	'cert.series': 'Sozialkonferenz Ruhr',
	'cert.title': 'Certificate of attendance',
	'cert.confirms': 'This is to certify that',
	'cert.attended': 'attended the {ordinal}Sozialkonferenz Ruhr {year} “{title}”.',
	'cert.date': 'Date',
	'cert.time': 'Time',
	'cert.timeValue': '{from} to {to}',
	'cert.place': 'Place',
	'cert.hours': 'Duration',
	'cert.hoursValue': '{hours} hours',
	'cert.workshop': 'Workshop',
	'cert.workshops': 'Workshops',
	'cert.noWorkshop': 'no workshop',
	'cert.issuedBy': 'For the organisers',
	'cert.signature': 'Sozialkonferenz Ruhr team',
	'cert.noSignatureNeeded':
		'This certificate was produced automatically and is valid without a signature. Its authenticity can be confirmed with the code below.',
	'cert.verify': 'Check authenticity – code:',
	'cert.personal.title': 'Certificate of attendance',
	'cert.personal.download': 'Download your certificate of attendance (PDF)',
	'cert.personal.ready':
		'You were checked in at the conference. Your certificate states the date, place, your workshop and the duration in hours.',
	'cert.personal.afterEvent':
		'After the conference you can download your certificate of attendance here.',
	'cert.personal.notCheckedIn':
		'Everyone checked in on the day of the conference receives a certificate of attendance. No check-in is recorded for your registration.',
	'cert.refused.not_checked_in':
		'No check-in is recorded for this registration; certificates are only for people who attended.',
	'cert.refused.not_over': 'The certificate of attendance is available after the conference.',
	'cert.refused.no_seat': 'There is no certificate of attendance for this registration.',
	'cert.check.title': 'Check a certificate of attendance',
	'cert.check.genuine': 'This certificate of attendance is genuine.',
	'cert.check.name': 'Name',
	'cert.check.nameDeleted':
		'deleted (personal data was deleted at the end of the retention period)',
	'cert.check.edition': 'Event',
	'cert.check.editionValue': 'Sozialkonferenz Ruhr {year}: {title}',
	'cert.check.date': 'Date',
	'cert.check.scope':
		'This page confirms only the name, the event and the date. It gives out nothing else from the certificate.',
	'cert.check.unknown':
		'There is no certificate of attendance with this code. Please check how it is written.',
	'bo.cert.title': 'Certificates of attendance {year}',
	'bo.cert.intro':
		'Everyone checked in on the day of the conference receives a certificate of attendance with a verification code after the conference. They download it through their personal link.',
	'bo.cert.notOver': 'The conference is not over yet: certificates are available afterwards.',
	'bo.cert.counts':
		'{checkedIn} people checked in, {issued} certificates issued, {mailed} sent by e-mail.',
	'bo.cert.allPdf': 'All certificates as one PDF',
	'bo.cert.mail': 'Send the links by e-mail',
	'bo.cert.mailHint':
		'Everyone checked in who has not yet been sent a link gets an e-mail with the link to their certificate.',
	'bo.cert.mailed': '{count} e-mails with the link to the certificate are in the outbox.',
	'bo.certificatesOf': 'Certificates {year}',
	'mail.certificate.subject': 'Your certificate of attendance: Sozialkonferenz Ruhr {year}',
	'mail.certificate.body':
		'thank you for attending the Sozialkonferenz Ruhr {year} “{title}”. Your certificate of attendance (PDF) is at this link:',
	'mail.certificate.page':
		'The link is personal; please do not pass it on. Your registration is here:',
	'audit.do.certificate.links_mailed':
		'Certificate links sent to {recipients} people of the conference {subject}'
};
