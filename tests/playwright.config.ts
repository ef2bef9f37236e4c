/**
 * Browser tests against the built site, served under /kho-van-ban/ by
 * tests/static-server.ts. Build first with SITE_BASE=/kho-van-ban/ (npm run test:browser does).
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
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node tests/static-server.ts --port ${port} --base ${BASE_PATH} --root dist`,
		cwd: repo,
		url: `${origin}${BASE_PATH}`,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		timeout: 30_000,
	},
});
