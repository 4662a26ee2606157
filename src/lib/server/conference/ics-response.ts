import type { Calendar } from './ics';
import { renderCalendar } from './ics';

export function calendarResponse(calendar: Calendar, filename: string): Response {
	return new Response(renderCalendar(calendar), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${filename}"`,
			'Cache-Control': 'public, max-age=300'
		}
	});
}
