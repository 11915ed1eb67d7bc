// Where the server may connect to on someone's say-so (a webhook endpoint, an organisation's
// identity provider): only to a public address. Checked when the address is registered and again
// on every connection, against every address the host name resolves to, and the delivery then
// connects to the address that was checked (send.ts), so a name that later resolves to something
// internal (DNS rebinding) reaches nothing but a refusal.
import { lookup } from "node:dns/promises";
import { isIPv4, isIPv6 } from "node:net";
import { env } from "@/lib/env";

type ResolvedAddress = { address: string; family: 4 | 6 };
/** All addresses of a host name, as a connection would find them. Tests pass their own. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolve: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

let currentResolver: ResolveHost = systemResolve;

/** The resolver registration and delivery use; a test swaps in a fake one and passes null to restore. */
export function useOutboundResolver(resolver: ResolveHost | null): void {
  currentResolver = resolver ?? systemResolve;
}

/** Only for tests: OUTBOUND_ALLOW_LOOPBACK=true lets a receiver or provider on this machine answer. */
function loopbackAllowed(): boolean {
  return env().OUTBOUND_ALLOW_LOOPBACK === "true";
}

type Range = { base: bigint; bits: number; reason: string; loopback?: boolean };

const V4_RANGES: [string, number, string][] = [
  ["0.0.0.0", 8, "een ‘dit netwerk’-adres (0.0.0.0/8)"],
  ["10.0.0.0", 8, "een privéadres (10.0.0.0/8)"],
  ["100.64.0.0", 10, "een adres van carrier-grade NAT (100.64.0.0/10)"],
  ["127.0.0.0", 8, "een loopback-adres (127.0.0.0/8)"],
  ["169.254.0.0", 16, "een link-local-adres (169.254.0.0/16)"],
  ["172.16.0.0", 12, "een privéadres (172.16.0.0/12)"],
  ["192.0.0.0", 24, "een gereserveerd adres (192.0.0.0/24)"],
  ["192.0.2.0", 24, "een documentatieadres (192.0.2.0/24)"],
  ["192.88.99.0", 24, "een gereserveerd adres (192.88.99.0/24)"],
  ["192.168.0.0", 16, "een privéadres (192.168.0.0/16)"],
  ["198.18.0.0", 15, "een testadres (198.18.0.0/15)"],
  ["198.51.100.0", 24, "een documentatieadres (198.51.100.0/24)"],
  ["203.0.113.0", 24, "een documentatieadres (203.0.113.0/24)"],
  ["224.0.0.0", 4, "een multicastadres (224.0.0.0/4)"],
  ["240.0.0.0", 4, "een gereserveerd adres of het broadcastadres (240.0.0.0/4)"],
];

function v4ToBigInt(address: string): bigint {
  return address.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address as a 128-bit number; an embedded IPv4 tail (::ffff:10.0.0.1) included. */
function v6ToBigInt(address: string): bigint {
  let text = address.toLowerCase().split("%")[0];
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const n = v4ToBigInt(v4Tail[1]);
    text = `${text.slice(0, -v4Tail[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const parts = tail === null ? headParts : [...headParts, ...Array(8 - headParts.length - tailParts.length).fill("0"), ...tailParts];
  return parts.reduce((n, part) => (n << 16n) | BigInt(parseInt(part || "0", 16)), 0n);
}

const v4Ranges: Range[] = V4_RANGES.map(([base, bits, reason]) => ({
  base: v4ToBigInt(base),
  bits,
  reason,
  loopback: base === "127.0.0.0",
}));
const inRange = (n: bigint, width: number, r: Range) => n >> BigInt(width - r.bits) === r.base >> BigInt(width - r.bits);

// IPv6 is allowed only in global unicast (2000::/3), minus the parts of it that are not a host
// on the internet or that carry an IPv4 address a gateway would translate.
const V6_GLOBAL: Range = { base: v6ToBigInt("2000::"), bits: 3, reason: "" };
const V6_REFUSED: Range[] = [
  { base: v6ToBigInt("2001::"), bits: 32, reason: "een Teredo-adres (2001::/32)" },
  { base: v6ToBigInt("2001:db8::"), bits: 32, reason: "een documentatieadres (2001:db8::/32)" },
  { base: v6ToBigInt("2002::"), bits: 16, reason: "een 6to4-adres (2002::/16)" },
  { base: v6ToBigInt("2001:10::"), bits: 28, reason: "een gereserveerd adres (2001:10::/28)" },
];
const V6_NAMED: Range[] = [
  { base: v6ToBigInt("::ffff:0:0"), bits: 96, reason: "een IPv4-adres in IPv6-vorm (::ffff:0:0/96)" },
  { base: v6ToBigInt("fe80::"), bits: 10, reason: "een link-local-adres (fe80::/10)" },
  { base: v6ToBigInt("fc00::"), bits: 7, reason: "een unique-local-adres (fc00::/7)" },
  { base: v6ToBigInt("ff00::"), bits: 8, reason: "een multicastadres (ff00::/8)" },
];

/**
 * Why the server may not connect to this IP address, in Dutch, or null when it may. Loopback (127/8,
 * ::1) is allowed only where the test setting says so; every other range stays refused then too.
 */
export function refusedAddressReason(address: string, options: { allowLoopback?: boolean } = {}): string | null {
  if (isIPv4(address)) {
    const n = v4ToBigInt(address);
    const range = v4Ranges.find((r) => inRange(n, 32, r));
    if (range?.loopback && options.allowLoopback) return null;
    return range ? range.reason : null;
  }
  if (!isIPv6(address)) return "geen geldig IP-adres";
  const n = v6ToBigInt(address);
  if (n === 1n) return options.allowLoopback ? null : "een loopback-adres (::1)";
  if (n === 0n) return "het niet-gespecificeerde adres (::)";
  const named = V6_NAMED.find((r) => inRange(n, 128, r));
  if (named) return named.reason;
  if (!inRange(n, 128, V6_GLOBAL)) return "een gereserveerd IPv6-adres (buiten 2000::/3)";
  return V6_REFUSED.find((r) => inRange(n, 128, r))?.reason ?? null;
}

export class OutboundAddressError extends Error {}

export type CheckedTarget = { url: URL; hostname: string; address: ResolvedAddress };

/**
 * The URL parsed and its host resolved and checked: every address must be public, and
 * the first is the one to connect to. Throws OutboundAddressError with a Dutch reason.
 */
export async function checkOutboundTarget(
  raw: string,
  options: { resolve?: ResolveHost; allowLoopback?: boolean } = {},
): Promise<CheckedTarget> {
  const allowLoopback = options.allowLoopback ?? loopbackAllowed();
  const url = parseOutboundUrl(raw, allowLoopback);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: ResolvedAddress[];
  if (isIPv4(hostname) || isIPv6(hostname)) addresses = [{ address: hostname, family: isIPv4(hostname) ? 4 : 6 }];
  else {
    try {
      addresses = await (options.resolve ?? currentResolver)(hostname);
    } catch {
      throw new OutboundAddressError(`De naam ${hostname} bestaat niet of is nu niet op te zoeken.`);
    }
    if (addresses.length === 0) throw new OutboundAddressError(`De naam ${hostname} heeft geen adres.`);
  }
  for (const { address } of addresses) {
    const reason = refusedAddressReason(address, { allowLoopback });
    if (reason)
      throw new OutboundAddressError(
        `${hostname} wijst naar ${address}, ${reason}; Groeipad maakt alleen verbinding met een openbaar adres.`,
      );
  }
  return { url, hostname, address: addresses[0] };
}

/** https only, without a user name or password; plain http only to 127.0.0.1 when loopback is allowed. */
function parseOutboundUrl(raw: string, allowLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new OutboundAddressError("Vul een volledig adres in dat begint met https://.");
  }
  const localHttp = allowLoopback && url.protocol === "http:" && url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !localHttp) throw new OutboundAddressError("Het adres begint met https://.");
  if (url.username || url.password) throw new OutboundAddressError("Zet geen gebruikersnaam of wachtwoord in het adres.");
  if (url.hash) throw new OutboundAddressError("Het adres heeft geen #-deel.");
  return url;
}
