/**
 * The browser tests' web server: serves ./dist under a base path (default
 * /kho-van-ban/), as an intranet server would (scripts/staticServer.ts).
 *
 *   node tests/static-server.ts [--port 4391] [--base /kho-van-ban/] [--root dist]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer, normaliseBase } from '../scripts/staticServer.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env['PORT'] ?? '4391' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: '/kho-van-ban/' },
		root: { type: 'string', default: 'dist' },
	},
});

const server = createStaticServer(values.root, values.base);
server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${resolve(values.root)} at http://${values.host}:${values.port}${normaliseBase(values.base)}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
