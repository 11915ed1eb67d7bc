// The e-mail domains an identity provider vouches for. A provider signs in only addresses in its
// domains, and only people its organisation knows; a domain is exact (sub-domains are listed apart).

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const MAX_DOMAINS = 20;

export type ParsedDomains = { ok: true; domains: string[] } | { ok: false; error: string };

export function parseEmailDomains(text: string): ParsedDomains {
  const domains = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
  if (domains.length === 0) return { ok: false, error: "Vul minstens één e-maildomein in, bijvoorbeeld gemeente.nl." };
  if (domains.length > MAX_DOMAINS) return { ok: false, error: `Vul hoogstens ${MAX_DOMAINS} e-maildomeinen in.` };
  const wrong = domains.find((d) => !DOMAIN.test(d));
  if (wrong) return { ok: false, error: `“${wrong.slice(0, 80)}” is geen e-maildomein; schrijf het als gemeente.nl, zonder naam of @.` };
  return { ok: true, domains };
}

/** The domain of an address, lower case; null for something that is no address. */
function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null;
}

export function vouchesFor(provider: { emailDomains: string[] }, email: string): boolean {
  const domain = emailDomain(email);
  return domain !== null && provider.emailDomains.includes(domain);
}
