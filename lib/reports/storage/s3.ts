// S3-compatible object storage (AWS S3, MinIO, Ceph, Scaleway, ...) with path-style URLs
// (<endpoint>/<bucket>/<key>), which every S3-compatible server understands. Plain fetch signed
// with SigV4 (./sigv4.ts); the settings are described in docs/storage.md.
import { sha256Hex, signRequest, uriEncode, type SigV4Credentials } from "./sigv4";
import { storageKeyOf, type EvidenceStorage } from "./types";

export type S3Settings = SigV4Credentials & { endpoint: string; bucket: string; region: string };

const REQUIRED = ["EVIDENCE_S3_ENDPOINT", "EVIDENCE_S3_BUCKET", "EVIDENCE_S3_ACCESS_KEY_ID", "EVIDENCE_S3_SECRET_ACCESS_KEY"] as const;

/** The S3 settings from the environment; null when no bucket is configured. */
export function s3SettingsFromEnv(env: Record<string, string | undefined> = process.env): S3Settings | null {
  if (!env.EVIDENCE_S3_BUCKET) return null;
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`Opslag van bewijsstukken in S3 is niet compleet ingesteld: ${missing.join(", ")} ontbreekt.`);
  return {
    endpoint: env.EVIDENCE_S3_ENDPOINT!.replace(/\/+$/, ""),
    bucket: env.EVIDENCE_S3_BUCKET!,
    region: env.EVIDENCE_S3_REGION || "us-east-1",
    accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID!,
    secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY!,
  };
}

class S3StorageError extends Error {}

export function s3Storage(settings: S3Settings): EvidenceStorage {
  const objectUrl = (key: string) =>
    new URL(`${settings.endpoint}/${uriEncode(settings.bucket)}/${key.split("/").map(uriEncode).join("/")}`);

  async function call(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array, contentType?: string) {
    const url = objectUrl(key);
    const payloadHash = sha256Hex(body ?? new Uint8Array());
    const extra: Record<string, string> = { "x-amz-content-sha256": payloadHash };
    if (contentType) extra["content-type"] = contentType;
    const headers = signRequest({ method, url, headers: extra, payloadHash, date: new Date() }, settings, {
      region: settings.region,
      service: "s3",
    });
    return fetch(url, { method, headers, body: body ? Buffer.from(body) : undefined });
  }

  return {
    kind: "s3",
    async put(location, bytes, contentType) {
      const key = storageKeyOf(location);
      const response = await call("PUT", key, bytes, contentType);
      if (!response.ok) throw new S3StorageError(`Opslaan in S3 mislukt (${response.status}).`);
      return { storageKey: key, data: null };
    },
    async get(row) {
      if (!row.storageKey) return row.data ? new Uint8Array(row.data) : null;
      const response = await call("GET", row.storageKey);
      if (response.status === 404) return null;
      if (!response.ok) throw new S3StorageError(`Ophalen uit S3 mislukt (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(row) {
      if (!row.storageKey) return;
      const response = await call("DELETE", row.storageKey);
      // S3 answers 204 also for a key that is already gone.
      if (!response.ok && response.status !== 404) throw new S3StorageError(`Verwijderen uit S3 mislukt (${response.status}).`);
    },
  };
}
