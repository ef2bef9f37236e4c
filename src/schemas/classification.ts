import { labelledEnum } from './labelledEnum.ts';

/** Độ mật: documents above "none" are left out of the site unless it is built to include their level. */
export const CLASSIFICATIONS = {
	none: 'Không mật',
	mat: 'Mật',
	'toi-mat': 'Tối mật',
	'tuyet-mat': 'Tuyệt mật',
} as const;

export type Classification = keyof typeof CLASSIFICATIONS;

export const ClassificationSchema = labelledEnum(CLASSIFICATIONS, 'none');
