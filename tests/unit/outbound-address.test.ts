// Which addresses a webhook may go to: every private, loopback, link-local, shared, reserved and
// multicast range is refused in both IP versions, IPv4 hidden in IPv6 included; public ones pass.
import { describe, expect, it } from "vitest";
import { checkOutboundTarget, refusedAddressReason } from "@/lib/outbound-address";

describe("refusedAddressReason", () => {
  it.each([
    ["0.0.0.0", "0.0.0.0/8"],
    ["0.255.1.2", "0.0.0.0/8"],
    ["10.0.0.5", "10.0.0.0/8"],
    ["10.255.255.255", "10.0.0.0/8"],
    ["100.64.0.1", "100.64.0.0/10"],
    ["100.127.255.254", "100.64.0.0/10"],
    ["127.0.0.1", "127.0.0.0/8"],
    ["127.8.9.10", "127.0.0.0/8"],
    ["169.254.169.254", "169.254.0.0/16"],
    ["172.16.0.1", "172.16.0.0/12"],
    ["172.31.255.255", "172.16.0.0/12"],
    ["192.0.0.8", "192.0.0.0/24"],
    ["192.0.2.10", "192.0.2.0/24"],
    ["192.168.0.1", "192.168.0.0/16"],
    ["198.18.0.1", "198.18.0.0/15"],
    ["198.51.100.7", "198.51.100.0/24"],
    ["203.0.113.9", "203.0.113.0/24"],
    ["224.0.0.251", "224.0.0.0/4"],
    ["239.255.255.250", "224.0.0.0/4"],
    ["240.0.0.1", "240.0.0.0/4"],
    ["255.255.255.255", "240.0.0.0/4"],
    ["::1", "::1"],
    ["::", "::"],
    ["::ffff:10.0.0.1", "::ffff:0:0/96"],
    ["::ffff:8.8.8.8", "::ffff:0:0/96"],
    ["::ffff:a00:1", "::ffff:0:0/96"],
    ["fe80::1", "fe80::/10"],
    ["febf::1", "fe80::/10"],
    ["fc00::1", "fc00::/7"],
    ["fd12:3456::1", "fc00::/7"],
    ["ff02::1", "ff00::/8"],
    ["64:ff9b::a00:1", "2000::/3"],
    ["2001:db8::1", "2001:db8::/32"],
    ["2002:a00:1::1", "2002::/16"],
    ["2001:0:4136:e378::1", "2001::/32"],
  ])("refuses %s (%s)", (address, range) => {
    expect(refusedAddressReason(address)).toContain(range);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1", "2a00:1450:400e:80f::200e", "2606:4700::1111"])(
    "lets the public address %s through",
    (address) => {
      expect(refusedAddressReason(address)).toBeNull();
    },
  );

  it("allows loopback only when asked, and nothing else with it", () => {
    expect(refusedAddressReason("127.0.0.1", { allowLoopback: true })).toBeNull();
    expect(refusedAddressReason("::1", { allowLoopback: true })).toBeNull();
    expect(refusedAddressReason("10.0.0.1", { allowLoopback: true })).toContain("10.0.0.0/8");
    expect(refusedAddressReason("169.254.169.254", { allowLoopback: true })).toContain("link-local");
    expect(refusedAddressReason("::ffff:127.0.0.1", { allowLoopback: true })).toContain("::ffff:0:0/96");
  });
});

describe("checkOutboundTarget", () => {
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address, family: 4 as const }));

  it("answers the first checked address of a public name and keeps the host name for TLS", async () => {
    const target = await checkOutboundTarget("https://hooks.voorbeeld.test:8443/in?bron=groeipad", {
      resolve: resolvesTo("93.184.215.14"),
      allowLoopback: false,
    });
    expect(target.hostname).toBe("hooks.voorbeeld.test");
    expect(target.address).toEqual({ address: "93.184.215.14", family: 4 });
    expect(target.url.port).toBe("8443");
  });

  it.each([
    ["https://intern.voorbeeld.test/", ["10.0.0.5"], /wijst naar 10\.0\.0\.5/],
    ["https://dubbel.voorbeeld.test/", ["93.184.215.14", "192.168.1.1"], /wijst naar 192\.168\.1\.1/],
    ["https://localhost/", ["127.0.0.1"], /loopback/],
    ["ftp://93.184.215.14/", [], /begint met https/],
    ["https://a:b@93.184.215.14/", [], /gebruikersnaam of wachtwoord/],
    ["geen adres", [], /volledig adres/],
    ["https://leeg.voorbeeld.test/", [], /geen adres/],
  ])("refuses %s", async (url, addresses, reason) => {
    await expect(checkOutboundTarget(url, { resolve: resolvesTo(...addresses), allowLoopback: false })).rejects.toThrow(reason);
  });

  it("allows plain http only to 127.0.0.1, and only when loopback is allowed", async () => {
    await expect(checkOutboundTarget("http://127.0.0.1:4000/", { allowLoopback: true })).resolves.toMatchObject({ hostname: "127.0.0.1" });
    await expect(checkOutboundTarget("http://localhost:4000/", { allowLoopback: true })).rejects.toThrow(/https/);
    await expect(checkOutboundTarget("http://127.0.0.1:4000/", { allowLoopback: false })).rejects.toThrow(/https/);
  });
});
