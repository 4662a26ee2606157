import type { admin as de } from '../de/admin';

export const admin: Record<keyof typeof de, string> = {
	'admin.nav': 'Back office',
	'admin.home': 'Overview',
	'admin.title': 'Back office',
	'admin.signedInAs': 'Logged in as {name} ({role}).',
	'admin.sections': 'Sections',
	'admin.outboxTitle': 'Outbox',
	'admin.outboxText':
		'Every e-mail of the platform – confirmations, invitations, reset links – with its delivery status.',
	'admin.auditTitle': 'Audit log',
	'admin.auditText':
		'Who changed what and when: logins, conference registrations, new accounts, role changes, password links.',
	'admin.usersTitle': 'User administration',
	'admin.usersText':
		'Create accounts, assign roles and municipalities, deactivate accounts, send password links.',
	'admin.planningTitle': 'Planning area',
	'admin.planningText': 'The workspace of municipal social planning.',
	'admin.accountTitle': 'Your account',
	'admin.accountText': 'Change your password, log out on all devices.',
	'outbox.adminIntro':
		'Without an SMTP server e-mails stay here as “pending”; with SMTP the status shows whether an e-mail was sent or finally failed.',
	'outbox.status': 'Status',
	'outbox.hidden': 'The text is hidden: it contains a personal link to set a password.',
	'outbox.showText': 'Show text',
	'outbox.lastError': 'Last error',
	'audit.title': 'Audit log',
	'audit.intro':
		'Every change that matters is logged together with the change itself. Newest entries first.',
	'audit.filter': 'Kind of entries',
	'audit.filterAll': 'All',
	'audit.filterSubmit': 'Show',
	'audit.when': 'Time',
	'audit.action': 'Action',
	'audit.actor': 'By',
	'audit.subject': 'Concerns',
	'audit.details': 'Details',
	'audit.system': 'System',
	'audit.empty': 'No entries.',
	'audit.summary': '{total} entries, page {page} of {pages}',
	'audit.pages': 'Pages',
	'audit.newer': 'Newer entries',
	'audit.older': 'Older entries',
	'audit.caption': 'Audit log entries',
	'users.title': 'User administration',
	'users.caption': 'Accounts',
	'users.name': 'Name',
	'users.email': 'E-mail address',
	'users.role': 'Role',
	'users.municipality': 'Municipality',
	'users.status': 'Status',
	'users.active': 'active',
	'users.inactive': 'deactivated',
	'users.invited': 'invitation pending',
	'users.demo': 'demo',
	'users.edit': 'Edit',
	'users.editLabel': 'Edit {name}',
	'users.create': 'Create account',
	'users.createIntro':
		'The new person receives an e-mail with a link to choose their password (valid for 72 hours). You never learn the password.',
	'users.createSubmit': 'Create account and send invitation',
	'users.created': 'The account for {email} is created; the invitation is in the outbox.',
	'users.chooseRole': 'Choose a role',
	'users.noMunicipality': 'none (social planning only)',
	'users.municipalityHint':
		'Only for the social planning role: the municipality the person plans for.',
	'users.kreis': 'Kreis',
	'users.noKreis': 'none (Kreis social planning only)',
	'users.kreisHint':
		'Only for the Kreis social planning role: the Kreis whose plan, and whose member municipalities’ plans, the person works on.',
	'users.back': 'To user administration',
	'users.changeRole': 'Change role',
	'users.saveRole': 'Save role',
	'users.roleSaved': 'The role is saved. It applies from the next page the person opens.',
	'users.passwordLink': 'Password link',
	'users.passwordLinkIntro':
		'Sends the person an e-mail with a link to choose a new password. Older links stop working.',
	'users.sendLink': 'Send a link to set the password',
	'users.linkSent': 'The link is on its way to {email} (see outbox).',
	'users.access': 'Access',
	'users.deactivateIntro':
		'A deactivated account can no longer log in; running sessions end at once. The audit log is kept.',
	'users.deactivate': 'Deactivate account',
	'users.reactivate': 'Reactivate account',
	'users.deactivated': 'The account is deactivated.',
	'users.reactivated': 'The account is active again.',
	'planning.title': 'Planning',
	'planning.municipality': 'Your municipality: {name} (municipality code {ags})',
	'planning.allMunicipalities':
		'As an administrator you see the planning area of all 53 municipalities of the Metropole Ruhr.',
	'planning.intro':
		'The planning area is the tool of integrated municipal social planning. Here you work with the data of your municipality:',
	'planning.monitoring':
		'Small-area social monitoring: neighbourhoods (Quartiere), indicators of poverty risk and of the composition of residents, time series.',
	'planning.indices':
		'Status and dynamics index following the Berlin Monitoring Soziale Stadtentwicklung, area types.',
	'planning.maps': 'Maps and neighbourhood profiles, with disclosure control of small counts.',
	'planning.measures':
		'Action programme: goals, action areas and measures in six fields – housing, education, health, work, culture, participation – with targets on indicators and their progress review after every import.',
	'planning.ownData':
		'You see and edit the data of your municipality; the conference back office is not part of your role.'
};
