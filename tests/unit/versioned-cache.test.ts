import { describe, expect, it } from "vitest";
import { VersionedCache } from "@/lib/dashboard/cache";

describe("VersionedCache", () => {
  it("forgets the least recently used entry beyond its size", () => {
    const cache = new VersionedCache(2, 60_000);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now more recent than b
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("expires an entry after its time to live", () => {
    let now = 0;
    const cache = new VersionedCache(10, 1_000, () => now);
    cache.set("a", "dashboard");
    now = 1_000;
    expect(cache.get("a")).toBe("dashboard");
    now = 2_001;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
