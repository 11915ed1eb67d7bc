import NextAuth, { AuthError, CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb, type Db } from "@/db/client";
import { sendEmail } from "@/lib/email/send";
import { appUrl, env, isDemoMode, sessionLifetime, type Env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/invitations";
import { AcceptInvitation } from "@/lib/invitations/schemas";
import { groeipadAdapter } from "./adapter";
import { safeCallbackPath } from "./callback-url";
import { authSecret } from "./secret";
import { admitThroughProvider, vouchedAddress } from "@/lib/sso/sign-in";
import { requestedProvider, signInProviderOf, signInProviders } from "@/lib/sso/sign-in-providers";
import { organisationProvider } from "@/lib/sso/next-auth-provider";
import { clientIp, demoUser, findUserByEmail, limitAttemptFromIp, limitSignInAttempt } from "./sign-in";
import { endSession, startSession } from "./user-sessions";

const MAGIC_LINK_MINUTES = 15;

export const TOO_MANY_ATTEMPTS = "te-veel-pogingen";

/**
 * A sign-in the user is told about: a used invitation ("refused") or too many attempts. The code
 * ends up in the URL of the login page (?error=CredentialsSignin&code=...); a server action that
 * signs in catches it and shows `userMessage`.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    override code: "refused" | typeof TOO_MANY_ATTEMPTS = "refused",
    readonly userMessage = "Inloggen is niet gelukt.",
  ) {
    super();
  }
}

/** Runs a rate limit; over the limit, the sign-in is refused with the limit's Dutch message. */
async function withinLimit(limit: Promise<void>): Promise<void> {
  try {
    await limit;
  } catch (error) {
    if (error instanceof RateLimitedError) throw new SignInRefused(TOO_MANY_ATTEMPTS, error.message);
    throw error;
  }
}

/** The e-mail with a sign-in link, within the limits, only to a known user, only on the public address. */
async function sendSignInLink(db: Db, origin: string, { email, url, ip }: { email: string; url: string; ip: string }): Promise<void> {
  await withinLimit(limitSignInAttempt(db, { email, ip }));
  // Only known users get a link; the page says the same either way, so it reveals nothing.
  if (!(await findUserByEmail(db, { email }))) return;
  if (new URL(url).origin !== origin)
    throw new Error(`Inloglink niet verstuurd: hij wees naar ${new URL(url).origin} in plaats van ${origin}.`);
  await sendEmail(db, { to: email, template: "magic-link", props: { url, validMinutes: MAGIC_LINK_MINUTES } });
}

/**
 * next-auth, configured lazily because the database opens asynchronously. Sessions are signed
 * JWT cookies that carry the user id and a session id checked against user_sessions on every
 * request; roles are read from the database on every request too.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) =>
  authConfig(await getDb(), env(), requestedProvider(request?.url)),
);

async function authConfig(db: Db, e: Env, provider?: string): Promise<NextAuthConfig> {
  // next-auth takes its own address from AUTH_URL (in route handlers, server actions and auth()
  // alike) and otherwise from the Host and X-Forwarded-* headers of the request, which a client
  // chooses: a sign-in link could then point at any host. So it always gets the public address.
  const origin = appUrl(e);
  process.env.AUTH_URL = origin;
  const providers: Provider[] = [
    Nodemailer({
      id: "nodemailer",
      name: "E-mail",
      server: e.SMTP_URL ?? "smtp://localhost:25",
      from: e.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      sendVerificationRequest({ identifier, url, request }) {
        const sending = sendSignInLink(db, origin, { email: identifier, url, ip: clientIp(request.headers) });
        // next-auth awaits this promise only after hashing the token; a refusal that comes sooner
        // would count as an unhandled rejection in the meantime. It still reaches next-auth.
        sending.catch(() => {});
        return sending;
      },
    }),
    Credentials({
      id: "invitation",
      name: "Uitnodiging",
      credentials: { token: {}, name: {} },
      async authorize(credentials, request) {
        const token = String(credentials?.token ?? "");
        // The accept form checks it first with the same schema; this callback is reachable directly.
        const accepted = AcceptInvitation.safeParse({ name: credentials?.name ?? "" });
        if (!accepted.success) throw new SignInRefused();
        const name = accepted.data.name ?? null;
        await withinLimit(limitAttemptFromIp(db, { ip: clientIp(request.headers), kind: "token" }));
        const { user } = await acceptInvitation(db, { token, name }).catch(() => {
          throw new SignInRefused();
        });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  if (isDemoMode(e)) {
    providers.push(
      Credentials({
        id: "demo",
        name: "Demo-account",
        credentials: { email: {} },
        async authorize(credentials, request) {
          const email = String(credentials?.email ?? "").toLowerCase();
          await withinLimit(limitAttemptFromIp(db, { ip: clientIp(request.headers), kind: "demo" }));
          const user = await demoUser(db, { email });
          if (!user) throw new SignInRefused();
          return user;
        },
      }),
    );
  }
  providers.push(...(await signInProviders(db, { including: provider })).map(organisationProvider));
  return {
    adapter: groeipadAdapter(db),
    providers,
    secret: authSecret(),
    // The request's host is never used: AUTH_URL is set above.
    trustHost: true,
    // The cookie lives as long as a session may; the session row decides whether it still counts.
    session: { strategy: "jwt", maxAge: Math.floor(sessionLifetime(e).maxMs / 1000) },
    pages: { signIn: "/login", verifyRequest: "/login/verstuurd", error: "/login" },
    callbacks: {
      async signIn({ user, account, email, profile }) {
        // An organisation's identity provider vouches only for its own people (lib/sso/sign-in.ts).
        const provider = await signInProviderOf(db, { authId: account?.provider });
        if (provider && account) return admitThroughProvider(db, provider, profile ?? {}, account);
        // An e-mail link signs in only people Groeipad already knows (invited users). Asking for a
        // link is let through: sendSignInLink mails known users only, and the page says the same either way.
        if (account?.provider === "nodemailer" && !email?.verificationRequest)
          return Boolean(user.email && (await findUserByEmail(db, { email: user.email })));
        return true;
      },
      // Only paths of the public address, whatever callbackUrl a form, query or cookie carried.
      redirect({ url }) {
        return `${origin}${safeCallbackPath(url)}`;
      },
      async jwt({ token, user, account, profile }) {
        // At sign-in only: the session row this cookie stands for. One an organisation's identity
        // provider signed in opens only that organisation, and only for the address it named
        // (next-auth would otherwise sign in whoever was signed in already in this browser).
        if (user?.id) {
          const provider = await signInProviderOf(db, { authId: account?.provider });
          if (provider && "refused" in vouchedAddress(provider, profile ?? {}, user.email ?? "")) throw new SignInRefused();
          token.sub = user.id;
          token.sid = await startSession(db, user.id, { organisationId: provider?.organisation.id ?? null });
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      // Every way of logging out (the app's button, POST /api/auth/signout) ends the row.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSession(db, { sessionId: sid });
      },
    },
    logger: {
      // Refusals the user is shown (too many attempts, a used invitation, an identity provider
      // vouching for someone its organisation does not know) are no server errors.
      error(error) {
        if (error instanceof SignInRefused || (error instanceof AuthError && error.type === "AccessDenied")) return;
        console.error("[auth]", error);
      },
    },
  };
}
