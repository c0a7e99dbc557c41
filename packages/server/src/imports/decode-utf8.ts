import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/** The file is not valid UTF-8: says where (line, byte offset) so the user can look. */
export class EncodingError extends Error {
  override name = 'EncodingError';
  constructor(
    readonly line: number,
    readonly byteOffset: number,
  ) {
    super(
      `line ${line} (byte ${byteOffset}): not valid UTF-8; save the file as UTF-8 ` +
        '(from GBK, for example: iconv -f GBK -t UTF-8 in.csv > out.csv)',
    );
  }
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot start one. */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Where a chunk stops being whole: bytes from here on are the start of a sequence the next chunk completes. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for its lead
    return sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence (RFC 3629), found by decoding prefixes. */
function firstInvalidOffset(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix: validity of prefixes is monotone.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      // `stream: true` accepts a prefix that ends mid-sequence: only truly invalid bytes throw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/**
 * Decodes a byte stream as strict UTF-8 into strings, one chunk at a time: multi-byte sequences split across
 * chunks are carried over, a byte-order mark at the very start is dropped, and CRLF line ends become LF
 * (so every line is counted once). At invalid bytes the text ends after the last whole line before them
 * and `failure` holds an `EncodingError` naming the line: readers finish the rows before it, then report.
 * `bytesRead` counts the input consumed, for progress.
 */
export class Utf8Decoder extends Transform {
  bytesRead = 0;
  /** Set when invalid UTF-8 was found; the text then ends before the bad line. */
  failure: EncodingError | undefined;
  private carry: Buffer = Buffer.alloc(0);
  private line = 1;
  private isStart = true;
  private pendingCr = false;

  constructor() {
    // Strings go out as they are (object mode), so they are not re-encoded on the way to the parser.
    // Few chunks queued, so memory stays small and bytes read stay close to the rows handled (progress).
    super({ readableObjectMode: true, readableHighWaterMark: 2, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failure) {
      done(); // the text already ended at the bad line; the reader stops the file
      return;
    }
    this.bytesRead += chunk.length;
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = completeLength(bytes);
    this.carry = Buffer.from(bytes.subarray(whole));
    this.decode(bytes.subarray(0, whole), this.bytesRead - bytes.length);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.carry.length > 0 && !this.failure) {
      this.failure = new EncodingError(this.line, this.bytesRead - this.carry.length);
    }
    done(); // a held-back final CR ends the last line: nothing to add
  }

  private pushText(text: string): void {
    if (text.length > 0) this.push(text);
  }

  private decode(bytes: Buffer, startOffset: number): void {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // End the text after the last whole line before the bad byte, so the rows before it still get imported.
      const bad = firstInvalidOffset(bytes);
      const lastLineEnd = bad === 0 ? -1 : bytes.lastIndexOf(0x0a, bad - 1);
      if (lastLineEnd >= 0)
        this.pushText(this.normalize(bytes.subarray(0, lastLineEnd + 1).toString('utf8')));
      this.failure = new EncodingError(this.line, startOffset + bad);
      this.push(null);
      return;
    }
    this.pushText(this.normalize(text));
  }

  private normalize(decoded: string): string {
    let text = this.pendingCr ? `\r${decoded}` : decoded;
    if (this.isStart && text.length > 0) {
      this.isStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // Hold back a final CR: its LF may open the next chunk.
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    text = text.replaceAll('\r\n', '\n');
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.line += 1;
    return text;
  }
}
