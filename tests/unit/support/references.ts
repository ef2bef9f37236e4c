/** A resolved citation of 30-KH/TU, for the tests of what the citation graph tells (validity, data files). */
import type { ResolvedReference } from '../../../src/lib/citationGraph.ts';

export function reference(from: string, relation: ResolvedReference['relation'], target: ResolvedReference['target'] = { kind: 'document', id: '2024/30-kh-tu' }): ResolvedReference {
	return { from, number: '30-KH/TU', date: '2024-01-15', relation, text: 'Kế hoạch số 30-KH/TU', type: 'ke-hoach', issuer: null, stated: false, target };
}
