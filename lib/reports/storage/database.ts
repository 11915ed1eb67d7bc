// The default storage: the bytes in evidence_files.data, in the same transaction as the row.
// Works with PGlite and needs no configuration; deleting the row deletes the bytes.
import type { EvidenceStorage } from "./types";

export const databaseStorage: EvidenceStorage = {
  kind: "database",
  async put(_location, bytes) {
    return { storageKey: null, data: Buffer.from(bytes) };
  },
  async get(row) {
    return row.data ? new Uint8Array(row.data) : null;
  },
  async remove() {
    // The bytes go with the row.
  },
};
