// A real OpenID Connect provider on loopback for the browser tests of signing in with an external
// identity provider: oidc-provider (authorization code flow with PKCE, client_secret_basic) with a
// login page of its own that knows only the accounts a test gives it.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";

export type IdentityAccount = { email: string; emailVerified?: boolean; name: string };
export type IdentityClient = { clientId: string; clientSecret: string; redirectUris: string[] };

// The part of oidc-provider's API used here (the package ships no types).
type Interaction = { uid: string; prompt: { name: string } };
type Grant = { addOIDCScope(scope: string): void; addOIDCClaims(claims: string[]): void; save(): Promise<string> };
type OidcContext = {
  oidc: {
    client: { clientId: string };
    session: { accountId: string };
    result?: { login?: unknown };
    requestParamOIDCScopes: Set<string>;
    requestParamClaims: Set<string>;
    provider: { Grant: new (init: { accountId: string; clientId: string }) => Grant };
  };
};
type Provider = {
  callback(): http.RequestListener;
  interactionDetails(request: http.IncomingMessage, response: http.ServerResponse): Promise<Interaction>;
  interactionFinished(request: http.IncomingMessage, response: http.ServerResponse, result: object): Promise<void>;
};
type OidcProviderModule = {
  default: new (issuer: string, configuration: object) => Provider;
  interactionPolicy: {
    base(): { get(name: string): { checks: unknown[] } };
    Check: new (reason: string, description: string, check: (ctx: OidcContext) => boolean) => unknown;
  };
};

const loginPage = (uid: string, refusal?: string) => `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8"><title>Inloggen bij de identiteitsprovider</title></head>
  <body>
    <main>
      <h1>Inloggen bij de identiteitsprovider</h1>
      ${refusal ? `<p role="alert">${refusal}</p>` : ""}
      <form method="post" action="/interaction/${uid}">
        <label for="login">Gebruikersnaam</label>
        <input id="login" name="login" autocomplete="username" required autofocus>
        <button type="submit">Inloggen</button>
      </form>
    </main>
  </body>
</html>`;

async function formBody(request: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** Starts the provider on 127.0.0.1:port; its issuer is http://127.0.0.1:port. */
export async function startIdentityProvider(options: {
  port: number;
  clients: IdentityClient[];
  accounts: Record<string, IdentityAccount>;
}): Promise<{ issuer: string; close(): Promise<void> }> {
  const issuer = `http://127.0.0.1:${options.port}`;
  // ESM-only, so a dynamic import from this CommonJS project.
  // @ts-expect-error -- oidc-provider ships no type declarations; OidcProviderModule above describes what is used.
  const { default: OidcProvider, interactionPolicy } = (await import("oidc-provider")) as OidcProviderModule;

  // Every authorization request shows the login page, even when this browser signed in before: a
  // test that signs out and in as someone else is then not silently signed in as the previous person.
  const policy = interactionPolicy.base();
  policy
    .get("login")
    .checks.push(new interactionPolicy.Check("every_request", "every sign-in asks who is signing in", (ctx) => !ctx.oidc.result?.login));

  const provider = new OidcProvider(issuer, {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    })),
    // A key of its own per start, so the provider does not fall back to its published development keys.
    jwks: { keys: [generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" })] },
    scopes: ["openid", "email", "profile"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the person from the ID token and never calls the userinfo endpoint, so the
    // scopes' claims go into the ID token as well.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { policy },
    async findAccount(_ctx: unknown, sub: string) {
      if (!Object.hasOwn(options.accounts, sub)) return undefined;
      const account = options.accounts[sub];
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.emailVerified ?? true, name: account.name }),
      };
    },
    // The test clients are first-party: whatever they ask for is granted, so there is no consent page.
    async loadExistingGrant(ctx: OidcContext) {
      const grant = new ctx.oidc.provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    // Whole numbers instead of the default functions, which log a notice the first time they are called.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
  });

  const handleProvider = provider.callback();
  async function handleInteraction(request: http.IncomingMessage, response: http.ServerResponse) {
    const interaction = await provider.interactionDetails(request, response);
    if (interaction.prompt.name !== "login") {
      // Only a client that asks for prompt=consent gets here; its grant already covers the request.
      return provider.interactionFinished(request, response, { consent: {} });
    }
    if (request.method === "POST") {
      const login = (await formBody(request)).get("login")?.trim() ?? "";
      if (Object.hasOwn(options.accounts, login)) return provider.interactionFinished(request, response, { login: { accountId: login } });
      response.statusCode = 403;
    }
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    const refusal = request.method === "POST" ? "Deze gebruikersnaam is bij de identiteitsprovider niet bekend." : undefined;
    response.end(loginPage(interaction.uid, refusal));
  }

  const server = http.createServer((request, response) => {
    if (!request.url?.startsWith("/interaction/")) return handleProvider(request, response);
    handleInteraction(request, response).catch((error: unknown) => {
      // An expired or unknown interaction (its cookie is gone): say so instead of hanging.
      response.statusCode = 400;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps its connections open; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
