/** A ZIP archive written by hand (deflated entries), for Word files the fixture builders would not make. */
import { crc32, deflateRawSync } from 'node:zlib';

export function zipOf(files: Record<string, string | Buffer>): Uint8Array {
	const locals: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of Object.entries(files)) {
		const content = Buffer.from(text);
		const data = deflateRawSync(content, { level: 1 });
		const fileName = Buffer.from(name);
		const header = Buffer.alloc(30);
		header.writeUInt32LE(0x04034b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(8, 8);
		header.writeUInt32LE(crc32(content), 14);
		header.writeUInt32LE(data.length, 18);
		header.writeUInt32LE(content.length, 22);
		header.writeUInt16LE(fileName.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(crc32(content), 16);
		entry.writeUInt32LE(data.length, 20);
		entry.writeUInt32LE(content.length, 24);
		entry.writeUInt16LE(fileName.length, 28);
		entry.writeUInt32LE(offset, 42);
		locals.push(header, fileName, data);
		directory.push(entry, fileName);
		offset += header.length + fileName.length + data.length;
	}
	const size = directory.reduce((n, b) => n + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(files).length, 8);
	end.writeUInt16LE(Object.keys(files).length, 10);
	end.writeUInt32LE(size, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}
