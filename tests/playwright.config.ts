/**
 * Browser tests against five builds, each served by tests/static-server.ts:
 * - "chromium": the archive (content/) built into dist/ under /kho-van-ban/;
 * - "linked": the citation fixture (tests/fixtures/linked-archive) built into
 *   tests/.output/linked under /lien-ket/, for the specs in browser/linked/;
 * - "search": the search fixture (written by tests/search-fixture.ts into
 *   tests/.output/search-content) built into tests/.output/search under /tim/,
 *   for browser/search-fixture*.spec.ts;
 * - "shards": the same fixture built with a search shard per year
 *   (SEARCH_SHARD_DOCS=3) into tests/.output/search-shards under /tim-phan/,
 *   for browser/search-shards.spec.ts;
 * - "large": the bench's generated corpus of 1,200 documents built into
 *   tests/.output/large under /lon/, for browser/pagination.spec.ts.
 * npm run test:browser makes the five builds first.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, defineConfig, devices } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const port = Number(process.env['TEST_PORT'] ?? 4391);
const BASE_PATH = '/kho-van-ban/';
const origin = `http://127.0.0.1:${port}`;
const linkedPort = port + 1;
const LINKED_BASE_PATH = '/lien-ket/';
const linkedOrigin = `http://127.0.0.1:${linkedPort}`;
const searchPort = port + 2;
const SEARCH_BASE_PATH = '/tim/';
const searchOrigin = `http://127.0.0.1:${searchPort}`;
const SEARCH_SPECS = /search-fixture.*\.spec\.ts$/;
const shardsPort = port + 3;
const SHARDS_BASE_PATH = '/tim-phan/';
const shardsOrigin = `http://127.0.0.1:${shardsPort}`;
const SHARDS_SPECS = /search-shards\.spec\.ts$/;
const largePort = port + 4;
const LARGE_BASE_PATH = '/lon/';
const largeOrigin = `http://127.0.0.1:${largePort}`;
const LARGE_SPECS = /pagination\.spec\.ts$/;

/** Playwright's own Chromium when it was downloaded, else the system one (Debian). */
function chromiumExecutable(): string | undefined {
	const own = chromium.executablePath();
	if (own && existsSync(own)) return undefined;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	throw new Error('No Chromium: install Playwright\'s (npx playwright install chromium) or the system one (apt-get install chromium).');
}

const executablePath = chromiumExecutable();

export default defineConfig({
	testDir: './browser',
	// Keep everything the run writes out of the repository.
	outputDir: join(tmpdir(), 'kho-van-ban-playwright'),
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `${origin}${BASE_PATH}`,
		browserName: 'chromium',
		locale: 'vi-VN',
		trace: 'off',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [
		{ name: 'chromium', testIgnore: ['linked/**', SEARCH_SPECS, SHARDS_SPECS, LARGE_SPECS], use: { ...devices['Desktop Chrome'] } },
		{
			name: 'linked',
			testDir: './browser/linked',
			use: { ...devices['Desktop Chrome'], baseURL: `${linkedOrigin}${LINKED_BASE_PATH}` },
		},
		{
			name: 'search',
			testMatch: SEARCH_SPECS,
			use: { ...devices['Desktop Chrome'], baseURL: `${searchOrigin}${SEARCH_BASE_PATH}` },
		},
		{
			name: 'shards',
			testMatch: SHARDS_SPECS,
			use: { ...devices['Desktop Chrome'], baseURL: `${shardsOrigin}${SHARDS_BASE_PATH}` },
		},
		{
			name: 'large',
			testMatch: LARGE_SPECS,
			use: { ...devices['Desktop Chrome'], baseURL: `${largeOrigin}${LARGE_BASE_PATH}` },
		},
	],
	webServer: [
		[port, BASE_PATH, 'dist'],
		[linkedPort, LINKED_BASE_PATH, 'tests/.output/linked'],
		[searchPort, SEARCH_BASE_PATH, 'tests/.output/search'],
		[shardsPort, SHARDS_BASE_PATH, 'tests/.output/search-shards'],
		[largePort, LARGE_BASE_PATH, 'tests/.output/large'],
	].map(([serverPort, base, root]) => ({
		command: `node tests/static-server.ts --port ${serverPort} --base ${base} --root ${root}`,
		cwd: repo,
		url: `http://127.0.0.1:${serverPort}${base}`,
		reuseExistingServer: false,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const,
		timeout: 30_000,
	})),
});
