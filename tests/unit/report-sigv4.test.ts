// SigV4 signing of the S3 evidence storage against the published AWS Signature Version 4 test
// suite (credentials AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1, service "service").
import { describe, expect, it } from "vitest";
import { amzDate, EMPTY_PAYLOAD_SHA256, signRequest, uriEncode } from "@/lib/reports/storage/sigv4";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const scope = { region: "us-east-1", service: "service" };
const date = new Date(Date.UTC(2015, 7, 30, 12, 36, 0));
const credential = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

describe("SigV4", () => {
  it("signs get-vanilla exactly like the AWS test suite", () => {
    const headers = signRequest(
      { method: "GET", url: new URL("https://example.amazonaws.com/"), payloadHash: EMPTY_PAYLOAD_SHA256, date },
      credentials,
      scope,
    );
    expect(headers["x-amz-date"]).toBe("20150830T123600Z");
    expect(headers.authorization).toBe(
      `${credential}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31`,
    );
    expect(headers.host).toBeUndefined();
  });

  it("sorts the query string like get-vanilla-query-order-key-case", () => {
    const url = new URL("https://example.amazonaws.com/?Param2=value2&Param1=value1");
    const headers = signRequest({ method: "GET", url, payloadHash: EMPTY_PAYLOAD_SHA256, date }, credentials, scope);
    expect(headers.authorization).toBe(
      `${credential}, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500`,
    );
  });

  it("signs extra headers, so a changed payload hash changes the signature", () => {
    const url = new URL("http://127.0.0.1:9000/bewijs/a/b");
    const sign = (hash: string) =>
      signRequest({ method: "PUT", url, headers: { "X-Amz-Content-Sha256": hash }, payloadHash: hash, date }, credentials, {
        region: "eu-west-1",
        service: "s3",
      });
    const a = sign(EMPTY_PAYLOAD_SHA256);
    expect(a.authorization).toContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date");
    expect(a.authorization).not.toBe(sign("0".repeat(64)).authorization);
  });

  it("encodes like RFC 3986 and writes the basic ISO date", () => {
    expect(uriEncode("a b/c!*'()~._-")).toBe("a%20b%2Fc%21%2A%27%28%29~._-");
    expect(amzDate(new Date("2026-11-22T09:05:07.123Z"))).toBe("20261122T090507Z");
  });
});
