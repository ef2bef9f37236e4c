import { z } from 'astro/zod';

const column = z.array(z.string().min(1), { error: 'expected the column\'s lines as a list' });

/**
 * The header as the original prints it, column by column ("TỈNH ỦY QUẢNG NAM", "*",
 * "Số 307-NQ/TU" | "ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Nam, ngày 03 tháng 5 năm 2024"),
 * kept word for word when an import read it; null when the source had none.
 */
export const PrintedHeaderSchema = z
	.object({ left: column, right: column }, { error: 'expected left and right, each a list of lines' })
	.strict()
	.nullable()
	.default(null);
