// Evidence files are checked by their content, never by their name: a renamed executable called
// "rapport.pdf" starts with "MZ", not "%PDF", and is refused. Pure: the bytes are passed in.

export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.EVIDENCE_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_EVIDENCE_MAX_BYTES;
}

type Detected = { contentType: string; label: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const EXTENSION_TYPES: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

const extensionOf = (name: string) => name.toLowerCase().split(".").pop() ?? "";

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // Control characters other than tab, newline and carriage return mean it is not text.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The type of a file from its first bytes; the name only picks between Office formats that share a container. */
export function detectEvidenceType(bytes: Uint8Array, fileName: string): Detected | null {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { contentType: "application/pdf", label: "PDF" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: "image/png", label: "PNG" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", label: "JPEG" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { contentType: "image/gif", label: "GIF" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { contentType: "image/webp", label: "WebP" };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === "docx" || ext === "xlsx" || ext === "pptx") return { contentType: EXTENSION_TYPES[ext], label: ext.toUpperCase() };
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === "doc" || ext === "xls" || ext === "ppt") return { contentType: EXTENSION_TYPES[ext], label: ext.toUpperCase() };
    return null;
  }
  if ((ext === "csv" || ext === "txt") && bytes.length > 0 && isUtf8Text(bytes)) {
    return { contentType: ext === "csv" ? "text/csv" : "text/plain", label: ext.toUpperCase() };
  }
  return null;
}

export type EvidenceCheck = { ok: true; contentType: string } | { ok: false; error: string };

export function checkEvidenceFile(file: { name: string; bytes: Uint8Array }, maxBytes: number): EvidenceCheck {
  if (file.bytes.length === 0) return { ok: false, error: "Het bestand is leeg." };
  if (file.bytes.length > maxBytes) {
    return { ok: false, error: `Het bestand is te groot: maximaal ${Math.floor(maxBytes / (1024 * 1024))} MB per bestand.` };
  }
  const detected = detectEvidenceType(file.bytes, file.name);
  if (!detected) {
    return {
      ok: false,
      error:
        "Dit bestand is geen toegestaan bewijsstuk: de inhoud past niet bij PDF, afbeelding (PNG, JPEG, GIF, WebP), " +
        "Office-document (Word, Excel, PowerPoint) of CSV/tekst. Een hernoemd bestand wordt geweigerd.",
    };
  }
  return { ok: true, contentType: detected.contentType };
}

/** A file name safe for a Content-Disposition header and the database column. */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 || '\\/"'.includes(ch) ? "_" : ch))
    .join("")
    .trim()
    .slice(-200);
  return cleaned || "bewijs";
}
