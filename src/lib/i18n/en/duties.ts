import type { duties as de } from '../de/duties';

export const duties: Record<keyof typeof de, string> = {
	'footer.accessibility': 'Accessibility',
	'footer.privacy': 'Privacy',
	'footer.easyLanguage': 'Easy Language (German)',
	'duty.err.email': 'Please give a valid e-mail address so that we can answer.',
	'duty.err.nameLong': 'The name may be at most 200 characters long.',
	'duty.err.pageLong': 'The page may be described in at most 500 characters.',
	'duty.err.message': 'Please describe the barrier or your question.',
	'duty.err.messageLong': 'The message may be at most 5000 characters long.',
	'duty.err.tooMany':
		'Several messages came from your connection in the last hour. Please try again later or write to the ombudsperson office directly.',
	'audit.do.accessibility.feedback_received':
		'Accessibility feedback passed on to {mails} members of the conference team',
	'a11y.title': 'Accessibility statement',
	'a11y.intro':
		'The Regionalverband Ruhr (RVR) is committed to making this website accessible in accordance with § 10 of the Disability Equality Act of North Rhine-Westphalia (BGG NRW) and the state’s regulation on accessible information technology (BITV NRW), which implement the requirements of BITV 2.0 and Directive (EU) 2016/2102. This statement applies to the website of the Sozialkonferenz Ruhr at {origin}.',
	'a11y.statusTitle': 'Compliance status',
	'a11y.status.full': 'This website is fully compliant with the requirements of BITV NRW.',
	'a11y.status.partial':
		'This website is partially compliant with the requirements of BITV NRW due to the non-compliances listed below.',
	'a11y.status.none': 'This website is not compliant with the requirements of BITV NRW.',
	'a11y.limitationsTitle': 'Non-accessible content',
	'a11y.methodTitle': 'Preparation of this statement',
	'a11y.prepared': 'This statement was prepared on {date}.',
	'a11y.feedbackTitle': 'Reporting barriers: feedback and contact',
	'a11y.feedbackIntro':
		'Have you noticed a barrier, or do you need content in an accessible form? Write to us. The message goes to the conference team at the RVR, who answer within a reasonable time.',
	'a11y.name': 'Your name (optional)',
	'a11y.email': 'Your e-mail address',
	'a11y.page': 'Which page or document? (optional)',
	'a11y.message': 'Your message',
	'a11y.website': 'Please leave this field empty',
	'a11y.send': 'Send feedback',
	'a11y.sent':
		'Thank you! Your feedback has reached the conference team. We will answer to the e-mail address you gave.',
	'a11y.privacyHint': 'How we process what you send is explained in the privacy notice.',
	'a11y.enforcementTitle': 'Enforcement procedure (ombudsperson)',
	'a11y.enforcement':
		'If you do not receive a satisfactory answer to your feedback, you can apply for an ombudsperson procedure under § 10d BGG NRW. The responsible body is the',
	'a11y.ombudsEmail': 'E-mail',
	'a11y.ombudsWeb': 'Website of the ombudsperson office',
	'easy.title': 'Easy Language',
	'easy.note': 'This page is in German Easy Language (Leichte Sprache).',
	'privacy.title': 'Privacy notice',
	'privacy.intro':
		'This page says which data this website stores, what for, on which legal basis and for how long. The text is generated from the platform’s settings: when the organisers change a period, this text changes with it.',
	'privacy.controller': 'Controller',
	'privacy.purpose': 'Purpose',
	'privacy.legalBasis': 'Legal basis',
	'privacy.data': 'Which data',
	'privacy.recipients': 'Who sees it',
	'privacy.retention': 'How long',
	'privacy.rightsTitle': 'Your rights',
	'privacy.rights':
		'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction (Art. 18), data portability (Art. 20) and to object (Art. 21). You can withdraw a consent at any time for the future. With the personal link of your registration mail you see, download and delete your registration yourself. You can lodge a complaint with the State Commissioner for Data Protection and Freedom of Information of North Rhine-Westphalia (LDI NRW).',
	'privacy.noCookies':
		'For visitors the website sets no cookies and embeds no services of other providers. Only those who sign in as organisers or planners get a session cookie.',
	'privacy.admin.title': 'Privacy documents',
	'privacy.admin.intro':
		'The record of processing activities and the deletion concept are generated from the same settings as the public privacy notice.',
	'privacy.admin.record': 'Download the record of processing activities (Art. 30 GDPR)',
	'privacy.admin.conceptTitle': 'Deletion concept of the conference {year}',
	'privacy.admin.conceptDownload': 'Download the deletion concept {year}',
	'privacy.admin.edition': 'Conference',
	'privacy.admin.show': 'Show',
	'privacy.admin.what': 'What',
	'privacy.admin.when': 'When',
	'privacy.admin.day': 'Day',
	'privacy.admin.how': 'How',
	'privacy.admin.kept': 'What stays',
	'privacy.admin.gaps': 'Known gaps',
	'privacy.admin.noDay': 'not yet fixed',
	'privacy.admin.steps': 'Steps of the deletion concept',
	'bo.retentionDays': 'Deletion period in days after the conference',
	'nav.privacyDocs': 'Privacy'
};
