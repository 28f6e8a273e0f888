// Gzip of a text that is the same every time except for a short piece between its parts (a page's CSP nonce),
// without compressing the whole text again: each part is compressed once, the piece per response, and the
// compressed pieces are joined. Plain Node, for scripts/page-cache.mjs.
//
// How: each part is a raw deflate stream ended by a sync flush (byte-aligned, not final), so any sequence of them
// is one valid deflate stream once an empty final block ends it (the way pigz joins its pieces). The gzip trailer
// needs the CRC-32 of the whole text, which zlib.crc32 continues across the pieces.
import zlib from "node:zlib";

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]); // deflate, no name, no time, unknown OS
const FINAL_EMPTY_BLOCK = Buffer.from([3, 0]);
const SYNC = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
// Node 20's zlib.crc32 answers 0, not the CRC it was given, for an empty Buffer.from(""): skip empty pieces.
const continueCrc = (data, crc) => (data.length ? zlib.crc32(data, crc) : crc);

/** Compresses the parts that never change, once. */
export function deflateParts(parts) {
  return parts.map((part) => zlib.deflateRawSync(part, SYNC));
}

/** The gzip of parts[0] + separator + parts[1] + … + parts[n - 1], from the parts and their deflateParts(). */
export function splicedGzip(parts, deflated, separator) {
  const deflatedSeparator = zlib.deflateRawSync(separator, SYNC);
  const chunks = [HEADER];
  let crc = 0;
  let length = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(deflatedSeparator);
      crc = continueCrc(separator, crc);
      length += separator.length;
    }
    chunks.push(deflated[i]);
    crc = continueCrc(part, crc);
    length += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  chunks.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(chunks);
}
