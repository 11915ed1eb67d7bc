// The storage of evidence bytes, behind one interface so the actions do not care where the bytes
// live. The evidence_files row always holds the metadata (name, type, size, SHA-256); the bytes
// are either in its "data" column (database) or in object storage under "storage_key" (S3).

/** Where a file goes: the key is "<tenant>/<report>/<file id>", unique and never reused. */
export type EvidenceLocation = { tenantId: string; reportId: string; fileId: string };

/** The columns of the evidence_files row that say where the bytes are. */
export type StoredColumns = { storageKey: string | null; data: Buffer | null };

export interface EvidenceStorage {
  readonly kind: "database" | "s3";
  /** Stores the bytes and returns the columns to write into the row. */
  put(location: EvidenceLocation, bytes: Uint8Array, contentType: string): Promise<StoredColumns>;
  /** The bytes of a row written by this backend; null when they are gone. */
  get(row: StoredColumns): Promise<Uint8Array | null>;
  /** Removes the bytes of a row; the row itself is deleted by the caller. Idempotent. */
  remove(row: StoredColumns): Promise<void>;
}

export const storageKeyOf = (l: EvidenceLocation) => `${l.tenantId}/${l.reportId}/${l.fileId}`;
