// The Content-Disposition of a download whose name a person chose. HTTP headers carry bytes, not
// text: a name with "–", "€" or an emoji cannot go into filename="..." (Node refuses the header
// outright), so the name goes twice (RFC 6266): an ASCII stand-in for old clients and the real
// name percent-encoded as UTF-8 in filename* (RFC 8187), which every current browser prefers.

/** The name with every character outside printable ASCII replaced, accents dropped first ("é" → "e"). */
function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/gu, "_")
    .replace(/["\\]/g, "_")
    .trim();
  return ascii.replace(/^[._]+$/, "") || "download";
}

/** RFC 8187 value characters: letters, digits and !#$&+-.^_`|~; everything else as %XX of its UTF-8 bytes. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** attachment; filename="ASCII stand-in"; filename*=UTF-8''real%20name */
export function attachmentDisposition(fileName: string): string {
  const ascii = asciiFileName(fileName);
  const wellFormed = fileName.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
  if (ascii === wellFormed) return `attachment; filename="${ascii}"`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(wellFormed)}`;
}
