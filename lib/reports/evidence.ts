// Evidence files are checked by their content, never by their name: a renamed executable called
// "rapport.pdf" starts with "MZ", not "%PDF", and is refused. The name is then made to agree with
// the content: "bewijs.pdf.html" holding a PDF is kept as "bewijs.pdf", so what a person saves
// from a download opens as what was checked, never as a page or a program. Pure.
import { attachmentDisposition } from "@/lib/content-disposition";
import { formatNumber } from "@/lib/format";

const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.EVIDENCE_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_EVIDENCE_MAX_BYTES;
}

/** What the browser checks before sending an evidence file: the same limit and message as here. */
export function evidenceUploadLimit(env: Record<string, string | undefined> = process.env): {
  maxBytes: number;
  size: string;
  message: string;
} {
  const maxBytes = evidenceMaxBytes(env);
  return { maxBytes, size: sizeLabel(maxBytes), message: evidenceTooLargeMessage(maxBytes) };
}

function sizeLabel(bytes: number): string {
  const MB = 1024 * 1024;
  return bytes >= MB ? `${formatNumber(bytes / MB, 1)} MB` : bytes >= 1024 ? `${formatNumber(bytes / 1024, 0)} kB` : `${bytes} bytes`;
}

/** The message of a file over the limit. */
function evidenceTooLargeMessage(maxBytes: number): string {
  return `Het bestand is te groot: maximaal ${sizeLabel(maxBytes)} per bestand. Kies een kleiner bestand.`;
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

export type EvidenceCheck = { ok: true; contentType: string; fileName: string } | { ok: false; error: string };

export function checkEvidenceFile(file: { name: string; bytes: Uint8Array }, maxBytes: number): EvidenceCheck {
  if (file.bytes.length === 0) return { ok: false, error: "Het bestand is leeg." };
  if (file.bytes.length > maxBytes) return { ok: false, error: evidenceTooLargeMessage(maxBytes) };
  const detected = detectEvidenceType(file.bytes, file.name);
  if (!detected) {
    return {
      ok: false,
      error:
        "Dit bestand is geen toegestaan bewijsstuk: de inhoud past niet bij PDF, afbeelding (PNG, JPEG, GIF, WebP), " +
        "Office-document (Word, Excel, PowerPoint) of CSV/tekst. Een hernoemd bestand wordt geweigerd.",
    };
  }
  return { ok: true, contentType: detected.contentType, fileName: evidenceFileName(file.name, detected.contentType) };
}

/** The extensions that fit a detected type; the first is the one a name gets when it has none of them. */
const TYPE_EXTENSIONS: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "text/csv": ["csv"],
  "text/plain": ["txt"],
  ...Object.fromEntries(Object.entries(EXTENSION_TYPES).map(([ext, type]) => [type, [ext]])),
};

/** The types a download is served as; anything else stored (never, but old rows) goes out as bytes. */
export function servedEvidenceType(contentType: string): string {
  if (!Object.hasOwn(TYPE_EXTENSIONS, contentType)) return "application/octet-stream";
  return contentType.startsWith("text/") ? `${contentType}; charset=utf-8` : contentType;
}

const MAX_EVIDENCE_NAME_LENGTH = 150;

// Control characters (C0, DEL, C1), characters that reverse or hide text ("bewijs\u202Efdp.exe"
// shows as "bewijsexe.pdf"), halves of surrogate pairs, path separators and what Windows refuses.
const UNSAFE_IN_NAME =
  // eslint-disable-next-line no-control-regex -- control characters are what it is looking for
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\\/:*?"<>|]/g;

/**
 * The name an evidence file is stored and served under: readable characters only, at most 150
 * characters, and ending in an extension of its detected type. A wrong last extension is
 * replaced ("bewijs.pdf.bat" → "bewijs.pdf", "foto.svg" → "foto.png"); a name without one gets it.
 */
export function evidenceFileName(name: string, contentType: string): string {
  const extensions = TYPE_EXTENSIONS[contentType] ?? ["bin"];
  let cleaned = name
    .normalize("NFC")
    .replace(UNSAFE_IN_NAME, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const dot = cleaned.lastIndexOf(".");
  let ext = dot > 0 ? cleaned.slice(dot + 1) : "";
  // Only something that looks like an extension is one: "versie 1.2" keeps its ".2".
  if (ext !== "" && !extensions.includes(ext.toLowerCase()) && /^(?=.*[a-z])[a-z0-9]{1,8}$/i.test(ext)) {
    cleaned = cleaned.slice(0, dot).replace(/[.\s]+$/, "");
    const inner = cleaned.lastIndexOf(".");
    ext = inner > 0 ? cleaned.slice(inner + 1) : "";
  }
  const keeps = extensions.includes(ext.toLowerCase());
  const suffix = keeps ? `.${ext}` : `.${extensions[0]}`;
  const stem = (keeps ? cleaned.slice(0, cleaned.length - suffix.length) : cleaned) || "bewijs";
  // Cut by characters, not UTF-16 halves, so an emoji at the cut is dropped whole.
  const room = MAX_EVIDENCE_NAME_LENGTH - suffix.length;
  const shortened = Array.from(stem).slice(0, room).join("").trimEnd();
  return `${shortened || "bewijs"}${suffix}`;
}

/**
 * The headers of an evidence download. An uploaded file is somebody else's content on our
 * origin, so it is only ever a download of its checked type, never sniffed into another, with a
 * sandbox that keeps a browser from running anything in it should it be opened here after all.
 */
export function evidenceHeaders(file: { filename: string; contentType: string }): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": attachmentDisposition(file.filename),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}
