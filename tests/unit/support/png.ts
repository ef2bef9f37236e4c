/** An 8-bit greyscale PNG of raw pixels (rows top to bottom), with its resolution when given (pHYs). */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

export function greyPng(width: number, height: number, pixels: Uint8Array, dpi?: number): Buffer {
	const rows = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 0, 0, 0, 0], 8);
	const chunks = [chunk('IHDR', ihdr)];
	if (dpi !== undefined) {
		const phys = Buffer.alloc(9);
		const perMetre = Math.round(dpi / 0.0254);
		phys.writeUInt32BE(perMetre, 0);
		phys.writeUInt32BE(perMetre, 4);
		phys[8] = 1;
		chunks.push(chunk('pHYs', phys));
	}
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([signature, ...chunks, chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}
