import { describe, expect, it } from 'vitest';
import { reference } from '../support/references.ts';
import { ENDED, statusParts, type ChangeLink } from '../../../src/lib/document.ts';
import { validityConflict, validityOf } from '../../../src/lib/validity.ts';

const dates: Record<string, string | null> = { '2025/45-kh-tu': '2025-02-10', '2024/40-kh-tu': '2024-06-01', '2023/01-kh-tu': '2023-01-01', 'x/undated': null };
const dateOf = (id: string) => dates[id] ?? null;

describe('validityOf', () => {
	it('ends a document replaced or repealed by a later one, and lists what changed it by date', () => {
		const v = validityOf('2024-01-15', [reference('2025/45-kh-tu', 'thay-the'), reference('2024/40-kh-tu', 'sua-doi'), reference('2025/45-kh-tu', 'thay-the'), reference('2024/40-kh-tu', 'dan-chieu')], dateOf);
		expect(v.ended).toBe(true);
		expect(v.endedBy.map((c) => c.from)).toEqual(['2025/45-kh-tu']);
		expect(v.amendedBy.map((c) => c.from)).toEqual(['2024/40-kh-tu']);
		expect(v.timeline.map((c) => [c.date, c.relation])).toEqual([
			['2024-06-01', 'sua-doi'],
			['2025-02-10', 'thay-the'],
		]);
	});

	it('takes no change from an earlier document, and keeps an undated one (it may be later)', () => {
		expect(validityOf('2024-01-15', [reference('2023/01-kh-tu', 'bai-bo')], dateOf).ended).toBe(false);
		expect(validityOf('2024-01-15', [reference('x/undated', 'bai-bo')], dateOf).timeline.map((c) => c.date)).toEqual([null]);
		expect(validityOf(null, [reference('2023/01-kh-tu', 'bai-bo')], dateOf).ended).toBe(true);
	});

	it('reports a stated "in force" the relations contradict, and nothing else', () => {
		const ended = validityOf('2024-01-15', [reference('2025/45-kh-tu', 'thay-the')], dateOf);
		expect(validityConflict('con-hieu-luc', ended, (id) => `${id}.mdx`)).toBe('status is con-hieu-luc but 2025/45-kh-tu.mdx replaces it: set status to het-hieu-luc (or bi-thay-the), or correct the relation');
		expect(validityConflict('het-hieu-luc', ended, String)).toBeNull();
		expect(validityConflict('con-hieu-luc', validityOf('2024-01-15', [], dateOf), String)).toBeNull();
	});
});

describe('statusParts', () => {
	const replaced: ChangeLink = { relation: 'thay-the', label: 'Kế hoạch số 45-KH/TU ngày 10/02/2025', href: '/van-ban/2025/45-kh-tu/' };
	const amended: ChangeLink = { relation: 'sua-doi', label: 'Kế hoạch số 40-KH/TU', href: '/van-ban/2024/40-kh-tu/' };
	const text = (parts: ReturnType<typeof statusParts>) => parts.map((p) => p.text).join('');

	it('shows "Hết hiệu lực" with the replacing document linked when no status is stated', () => {
		const parts = statusParts('chua-ro', [amended, replaced]);
		expect(text(parts)).toBe(`${ENDED} · thay thế bởi Kế hoạch số 45-KH/TU ngày 10/02/2025 (theo văn bản trong kho)`);
		expect(parts.find((p) => p.href)?.href).toBe('/van-ban/2025/45-kh-tu/');
	});

	it('keeps a stated status, with the replacing document still linked, and "chưa rõ" when nothing tells', () => {
		expect(text(statusParts('con-hieu-luc', [replaced]))).toBe('Còn hiệu lực · thay thế bởi Kế hoạch số 45-KH/TU ngày 10/02/2025');
		expect(statusParts('chua-ro', [amended])).toEqual([{ text: 'chưa rõ', unknown: true }]);
	});
});
