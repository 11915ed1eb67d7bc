// Reading entries of an uploaded zip (an XLSX workbook) without trusting what the zip says about
// itself: the sizes in its headers can lie, so every inflated byte is counted against one budget
// for the whole file and inflating stops as soon as the budget is passed. Only the central
// directory is read up front; an entry is inflated when asked for, so a zip with many entries
// costs no more than the few a workbook needs.
import { crc32, createInflateRaw } from "node:zlib";

export type ZipProblem = "corrupt" | "too_large" | "too_many_entries";

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    /** Bytes inflated from the whole file when the error was raised. */
    readonly inflatedBytes = 0,
  ) {
    super(`zip: ${problem}`);
  }
}

export type ZipEntry = {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
};

/** Counts inflated bytes over every entry of one file. */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number) {}
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const INFLATE_CHUNK = 64 * 1024;

/** A name that is a plain relative path: no traversal, no absolute or Windows path, no NUL. */
function isPlainPath(name: string): boolean {
  if (name === "" || name.startsWith("/") || /[\\\0]|^[A-Za-z]:/.test(name)) return false;
  return name.split("/").every((segment) => segment !== ".." && segment !== ".");
}

/** The central directory of a zip: its entries by name. Refuses anything unusual in an XLSX. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = () => new ZipError("corrupt");
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const disk = view.getUint16(eocd + 4, true);
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // Multi-disk and ZIP64 archives are never needed for a workbook of at most a few MB.
  if (disk !== 0 || entryCount === 0xffff || directoryOffset === 0xffffffff) throw corrupt();
  if (entryCount > maxEntries) throw new ZipError("too_many_entries");
  if (directoryOffset + directorySize > eocd) throw corrupt();

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let at = directoryOffset;
  for (let n = 0; n < entryCount; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw corrupt();
    // Encrypted entries (bit 0) cannot be read; a password-protected workbook is not a zip anyway.
    if (flags & 0x1) throw corrupt();
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw corrupt();
    }
    if (!isPlainPath(name) || entries.has(name)) throw corrupt();
    entries.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What reading an entry feeds its bytes through: the budget, the CRC and the text decoder. */
class EntryReader {
  private crc = 0;
  private size = 0;
  private readonly decoder = new TextDecoder("utf-8");
  private readonly parts: string[] = [];

  constructor(private readonly budget: InflateBudget) {}

  /** False once the budget is passed: the caller stops inflating. */
  take(chunk: Uint8Array): boolean {
    this.budget.used += chunk.length;
    if (this.budget.used > this.budget.limit) return false;
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    // Decoded chunk by chunk as it arrives, so no single step holds up the event loop for long.
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
    return true;
  }

  text(entry: ZipEntry): string {
    if (this.size !== entry.declaredSize || this.crc !== entry.crc) throw new ZipError("corrupt", this.budget.used);
    this.parts.push(this.decoder.decode());
    return this.parts.join("");
  }
}

/** Inflates raw deflate data in 64 KB steps on the thread pool; stops the moment the budget is passed. */
function inflateInto(data: Uint8Array, reader: EntryReader, budget: InflateBudget): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let settled = false;
    const fail = (error: ZipError) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (!settled && !reader.take(chunk)) fail(new ZipError("too_large", budget.used));
    });
    inflater.on("error", () => fail(new ZipError("corrupt", budget.used)));
    inflater.on("end", () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    inflater.end(data);
  });
}

/** The text (UTF-8) of one entry, checked against its CRC and declared size once inflated. */
export async function readZipText(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = () => new ZipError("corrupt", budget.used);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw corrupt();
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  const data = bytes.subarray(start, end);
  const reader = new EntryReader(budget);
  if (entry.method === 0) {
    if (!reader.take(data)) throw new ZipError("too_large", budget.used);
  } else if (entry.method === 8) {
    await inflateInto(data, reader, budget);
  } else {
    throw corrupt();
  }
  return reader.text(entry);
}
