// An organisation's identity provider as next-auth runs it: OpenID Connect with PKCE, state and
// nonce; every request to the provider through providerFetch.
import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { providerFetch } from "./outbound-fetch";
import type { SignInProvider } from "./sign-in-providers";

type Claims = { sub: string; email?: string; name?: string };

export function organisationProvider(provider: SignInProvider): OIDCConfig<Claims> {
  return {
    id: provider.authId,
    name: provider.name,
    type: "oidc",
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    // Linking a provider account to the Groeipad account of its address is what this provider is
    // for; the sign-in callback admits only addresses in its domains its organisation knows.
    allowDangerousEmailAccountLinking: true,
    profile: (claims) => ({ id: claims.sub, email: claims.email?.toLowerCase() ?? null, name: claims.name ?? null }),
    [customFetch]: providerFetch,
  };
}
