import type { mail as de } from '../de/mail';

export const mail: Record<keyof typeof de, string> = {
	'outbox.title': 'Outbox (development)',
	'outbox.intro':
		'Without an SMTP server, e-mails stay in the outbox. This page shows them for trying things out; in production it is switched off.',
	'outbox.empty': 'The outbox is empty.',
	'outbox.to': 'To',
	'mail.greeting': 'Dear {name},',
	'mail.signature': 'Kind regards\nThe Sozialkonferenz Ruhr team\nRegionalverband Ruhr',
	'mail.event': 'Sozialkonferenz Ruhr {year}: {title}',
	'mail.account.inviteSubject': 'Your account with the Sozialkonferenz Ruhr',
	'mail.account.inviteIntro':
		'an account has been created for you on the platform of the Sozialkonferenz Ruhr (login: {email}). Please set your password through this link:',
	'mail.account.inviteValidity':
		'The link is valid for 72 hours and can be used once. After that, sign in under “Login” (at the foot of every page) with your e-mail address and the new password.',
	'mail.account.resetSubject': 'Reset your password – Sozialkonferenz Ruhr',
	'mail.account.resetIntro':
		'a new password was requested for your account on the platform of the Sozialkonferenz Ruhr. Set it through this link:',
	'mail.account.resetValidity':
		'The link is valid for one hour and can be used once. If you did not ask for a new password, you can ignore this e-mail; your current password stays valid.',
	'mail.dateFollows': 'Date to be announced',
	'mail.dayAndTimes': '{day}, {start}–{end}',
	'mail.dayAndTime': '{day}, {time}',
	'mail.details': 'Your details:',
	'mail.detail.name': 'Name: {value}',
	'mail.detail.email': 'E-mail: {value}',
	'mail.detail.organisation': 'Organisation: {value}',
	'mail.detail.jobTitle': 'Job title: {value}',
	'mail.detail.sector': 'Sector: {value}',
	'mail.detail.municipality': 'Municipality: {value}',
	'mail.detail.workshop': 'Workshop: {value}',
	'mail.detail.workshopWaitlist': 'Waiting list for the workshop: {value}',
	'mail.detail.access': 'Accessibility: {value}',
	'mail.detail.dietary': 'Catering: {value}',
	'mail.need.stepFree': 'step-free access',
	'mail.need.signLanguage': 'sign language interpreting',
	'mail.need.inductionLoop': 'induction loop',
	'mail.confirmRequest.subject': 'Please confirm your registration – Sozialkonferenz Ruhr {year}',
	'mail.confirmRequest.seat': 'Thank you for registering. Your seat is reserved for you.',
	'mail.confirmRequest.waitlist':
		'Thank you for registering. The conference is fully booked. You are number {position} on the waiting list. If a seat becomes free, you move up automatically and receive an e-mail.',
	'mail.confirmRequest.confirm':
		'Please confirm your e-mail address by {deadline} using this link; otherwise the registration lapses:\n{link}',
	'mail.confirmRequest.linkUse':
		'With the same personal link you can view your registration at any time, change your workshop and notes, cancel, or download and delete your data. Please do not pass it on.',
	'mail.linkAgain.subject': 'Your personal link – Sozialkonferenz Ruhr {year}',
	'mail.linkAgain.body':
		'A registration was submitted again with this e-mail address. You are already registered; your existing registration remains valid, and no second one was created. If this was not you, you can ignore this e-mail.',
	'mail.linkAgain.link': 'Here is your personal link:\n{link}',
	'mail.linkAgain.confirm':
		'Please confirm your e-mail address by {deadline} using this link; otherwise the registration lapses.',
	'mail.promoted.subject': 'A seat has become free – Sozialkonferenz Ruhr {year}',
	'mail.promoted.body':
		'Good news: a seat has become free, and you have moved up from the waiting list.',
	'mail.promoted.confirm':
		'Please still confirm your e-mail address by {deadline} using the link in your first e-mail; otherwise the seat lapses.',
	'mail.promoted.binding': 'Your registration is now confirmed.',
	'mail.promoted.workshop': 'Your workshop: {workshop}',
	'mail.workshopPromoted.subject': 'Workshop seat free – Sozialkonferenz Ruhr {year}',
	'mail.workshopPromoted.body':
		'A seat has become free in the workshop “{workshop}”; it is now reserved for you.',
	'mail.confirmed.subject': 'Registration confirmed – Sozialkonferenz Ruhr {year}',
	'mail.confirmed.body': 'Your registration is confirmed. We look forward to seeing you.',
	'mail.confirmed.waitlist':
		'Your e-mail address is confirmed. You are number {position} on the waiting list.',
	'mail.confirmed.link':
		'With your personal link you can view your registration at any time, change your details or cancel. Please do not pass it on:\n{link}',
	'mail.changed.subject': 'Registration changed – Sozialkonferenz Ruhr {year}',
	'mail.changed.body': 'Your changes have been saved.',
	'mail.cancelled.subject': 'Cancellation confirmed – Sozialkonferenz Ruhr {year}',
	'mail.cancelled.body':
		'You have cancelled your registration for the Sozialkonferenz Ruhr. Your seat goes to the waiting list.',
	'mail.expired.subject': 'Registration lapsed – Sozialkonferenz Ruhr {year}',
	'mail.expired.body': 'Your registration was not confirmed in time and has therefore lapsed.',
	'mail.registerAgain': 'You can register again until registration closes: {link}',
	'mail.vote.subject': 'Your votes for the ideas of the World Café “{title}”',
	'mail.vote.body':
		'The tables of the World Café “{title}” have collected their ideas. You can give {votes} votes to the ideas that matter most to you:',
	'mail.vote.personal': 'The link is personal; please do not pass it on.',
	'mail.reminder.subject': 'Reminder: Sozialkonferenz Ruhr {year} in one week',
	'mail.reminder.greeting': 'Dear {vorname} {nachname},',
	'mail.reminder.beginsAt':
		'In one week the Sozialkonferenz Ruhr {year} “{title}” begins, on {day} at {time}.',
	'mail.reminder.beginsOn':
		'In one week the Sozialkonferenz Ruhr {year} “{title}” begins, on {day}.',
	'mail.reminder.beginsSoon': 'In one week the Sozialkonferenz Ruhr {year} “{title}” begins.',
	'mail.reminder.venue': 'Venue: {venue}',
	'mail.reminder.badge':
		'Please do not bring your name badge – you will receive it at the reception. If you cannot attend, please cancel using the link in your confirmation, so that your seat goes to the waiting list.',
	'mail.reminder.closing':
		'We look forward to seeing you!\nThe Sozialkonferenz Ruhr organising team'
};
