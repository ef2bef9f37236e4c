/** The deadlines as an iCalendar file (src/lib/calendar.ts), for Outlook or Thunderbird. */
import type { APIRoute } from 'astro';
import { loadArchive, loadDeadlines } from '../lib/archive.ts';
import { deadlineCalendar } from '../lib/calendar.ts';
import { deadlineHref } from '../lib/deadlineList.ts';

export const GET: APIRoute = async ({ site }) => {
	const { urls } = await loadArchive();
	const body = deadlineCalendar(await loadDeadlines(), {
		// The intranet's address is known only when SITE_URL is set (astro.config.mjs); else the events give the path.
		siteUrl: site?.href ?? null,
		href: (item) => deadlineHref(item, urls.document),
		now: new Date(),
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
