// The size of a spreadsheet upload on the wire, shared by the server's check (./read.ts) and the
// browser's, which refuses a larger file before sending it, with the same message.

export const MAX_SPREADSHEET_UPLOAD_BYTES = 1024 * 1024;

export const SPREADSHEET_TOO_LARGE = "Het bestand is groter dan 1 MB. Splits het in kleinere bestanden.";

/** What the browser checks before sending a spreadsheet. */
export const SPREADSHEET_UPLOAD_LIMIT = { maxBytes: MAX_SPREADSHEET_UPLOAD_BYTES, size: "1 MB", message: SPREADSHEET_TOO_LARGE };
