import { reportDownload } from '../report';
import type { RequestHandler } from './$types';

/** The report as PDF: a published one from its snapshot, a draft with the data now. */
export const GET: RequestHandler = (event) => reportDownload(event, 'pdf');
