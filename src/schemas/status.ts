import { z } from 'astro/zod';

export const STATUSES = {
	'chua-ro': 'Chưa rõ',
	'con-hieu-luc': 'Còn hiệu lực',
	'het-hieu-luc': 'Hết hiệu lực',
	'bi-thay-the': 'Bị thay thế',
} as const;

export type Status = keyof typeof STATUSES;

export const StatusSchema = z
	.enum(Object.keys(STATUSES) as [Status, ...Status[]], {
		error: `expected one of ${Object.keys(STATUSES).join(', ')}`,
	})
	.default('chua-ro');
