import { z } from 'astro/zod';

/** A field whose values are the keys of a label table (value → Vietnamese label), with a default. */
export function labelledEnum<K extends string>(labels: Readonly<Record<K, string>>, fallback: NoInfer<K>) {
	const values = Object.keys(labels) as [K, ...K[]];
	return z.enum(values, { error: `expected one of ${values.join(', ')}` }).default(fallback);
}
