// Which evidence storage this process writes to: S3 when EVIDENCE_S3_BUCKET is set, otherwise
// the database. Reads follow the row, not the setting: a row with bytes in "data" is served
// from the database also after switching to S3, so existing files keep working.
import { databaseStorage } from "./database";
import { s3SettingsFromEnv, s3Storage } from "./s3";
import type { EvidenceStorage, StoredColumns } from "./types";

export type { EvidenceStorage, StoredColumns } from "./types";

export function evidenceStorage(env: Record<string, string | undefined> = process.env): EvidenceStorage {
  const settings = s3SettingsFromEnv(env);
  return settings ? s3Storage(settings) : databaseStorage;
}

/** The backend that holds the bytes of this row. */
function storageFor(row: StoredColumns, env: Record<string, string | undefined>): EvidenceStorage {
  if (row.data || !row.storageKey) return databaseStorage;
  const settings = s3SettingsFromEnv(env);
  if (!settings) throw new Error("Dit bewijsstuk staat in S3, maar S3 is niet ingesteld (EVIDENCE_S3_BUCKET).");
  return s3Storage(settings);
}

export async function readEvidenceBytes(
  row: StoredColumns,
  env: Record<string, string | undefined> = process.env,
): Promise<Uint8Array | null> {
  return storageFor(row, env).get(row);
}

export async function removeEvidenceBytes(row: StoredColumns, env: Record<string, string | undefined> = process.env): Promise<void> {
  await storageFor(row, env).remove(row);
}
