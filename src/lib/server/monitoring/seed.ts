/** What start-up needs from the monitoring domain. */
export { ensureReferenceData } from './reference';
export { seedMonitoringDemo } from './demo';
