// One catalogue file per domain and language; add a domain's file to both lists.
import { admin as deAdmin } from './de/admin';
import { archive as deArchive } from './de/archive';
import { auth as deAuth } from './de/auth';
import { badge as deBadge } from './de/badge';
import { backoffice as deBackoffice } from './de/backoffice';
import { conference as deConference } from './de/conference';
import { fields as deFields } from './de/fields';
import { mail as deMail } from './de/mail';
import { monitoring as deMonitoring } from './de/monitoring';
import { monitoringErrors as deMonitoringErrors } from './de/monitoring-errors';
import { planning as dePlanning } from './de/planning';
import { practice as dePractice } from './de/practice';
import { posters as dePosters } from './de/posters';
import { programme as deProgramme } from './de/programme';
import { planung as dePlanung } from './de/planung';
import { handlungsprogramm as deHandlungsprogramm } from './de/handlungsprogramm';
import { registration as deRegistration } from './de/registration';
import { questions as deQuestions } from './de/questions';
import { report as deReport } from './de/report';
import { site as deSite } from './de/site';
import { steckbrief as deSteckbrief } from './de/steckbrief';
import { worldcafe as deWorldcafe } from './de/worldcafe';
import { certificates as deCertificates } from './de/certificates';
import { survey as deSurvey } from './de/survey';
import { duties as deDuties } from './de/duties';
import { admin as enAdmin } from './en/admin';
import { archive as enArchive } from './en/archive';
import { auth as enAuth } from './en/auth';
import { badge as enBadge } from './en/badge';
import { backoffice as enBackoffice } from './en/backoffice';
import { conference as enConference } from './en/conference';
import { fields as enFields } from './en/fields';
import { mail as enMail } from './en/mail';
import { monitoring as enMonitoring } from './en/monitoring';
import { monitoringErrors as enMonitoringErrors } from './en/monitoring-errors';
import { planning as enPlanning } from './en/planning';
import { practice as enPractice } from './en/practice';
import { posters as enPosters } from './en/posters';
import { programme as enProgramme } from './en/programme';
import { planung as enPlanung } from './en/planung';
import { handlungsprogramm as enHandlungsprogramm } from './en/handlungsprogramm';
import { registration as enRegistration } from './en/registration';
import { questions as enQuestions } from './en/questions';
import { report as enReport } from './en/report';
import { site as enSite } from './en/site';
import { steckbrief as enSteckbrief } from './en/steckbrief';
import { worldcafe as enWorldcafe } from './en/worldcafe';
import { certificates as enCertificates } from './en/certificates';
import { survey as enSurvey } from './en/survey';
import { duties as enDuties } from './en/duties';

export const de = {
	...deSite,
	...deFields,
	...deConference,
	...deArchive,
	...deMail,
	...deAuth,
	...deAdmin,
	...deRegistration,
	...deQuestions,
	...deMonitoring,
	...deMonitoringErrors,
	...dePlanung,
	...dePlanning,
	...dePractice,
	...deProgramme,
	...deHandlungsprogramm,
	...deWorldcafe,
	...deBackoffice,
	...deBadge,
	...deReport,
	...deSteckbrief,
	...deCertificates,
	...deSurvey,
	...dePosters,
	...deDuties
};
export type MessageKey = keyof typeof de;
export const en: Record<MessageKey, string> = {
	...enSite,
	...enFields,
	...enConference,
	...enArchive,
	...enMail,
	...enAuth,
	...enAdmin,
	...enRegistration,
	...enQuestions,
	...enMonitoring,
	...enMonitoringErrors,
	...enPlanung,
	...enPlanning,
	...enPractice,
	...enProgramme,
	...enHandlungsprogramm,
	...enWorldcafe,
	...enBackoffice,
	...enBadge,
	...enReport,
	...enSteckbrief,
	...enCertificates,
	...enSurvey,
	...enPosters,
	...enDuties
};
