import { labelledEnum } from './labelledEnum.ts';

export const STATUSES = {
	'chua-ro': 'Chưa rõ',
	'con-hieu-luc': 'Còn hiệu lực',
	'het-hieu-luc': 'Hết hiệu lực',
	'bi-thay-the': 'Bị thay thế',
} as const;

export type Status = keyof typeof STATUSES;

export const StatusSchema = labelledEnum(STATUSES, 'chua-ro');
