/**
 * How much a ZIP file (a .docx) unpacks to, read from its central directory without
 * unpacking anything, so that a small file that would unpack to gigabytes (a "zip
 * bomb", or a document.xml gone wrong) is refused before the Word reader opens it.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The total uncompressed size of the entries, or null when the directory cannot be read (the Word reader then says why). */
export function unpackedSize(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is within the last 64 KiB (its comment is at most 65,535 bytes).
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === END_OF_DIRECTORY) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
		const size = view.getUint32(at + 24, true);
		// 0xFFFFFFFF: the size is in a ZIP64 record, and larger than 4 GB.
		if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
		total += size;
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}
