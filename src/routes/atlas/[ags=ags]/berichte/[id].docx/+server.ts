import { publicReportDownload } from '../download';
import type { RequestHandler } from './$types';

/** A published report as DOCX, from its frozen snapshot. */
export const GET: RequestHandler = (event) => publicReportDownload(event, 'docx');
