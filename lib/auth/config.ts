import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { env, isDemoMode } from "@/lib/env";
import { acceptInvitation } from "@/lib/invitations/invitations";
import { authSecret } from "./secret";
import { clientIp, demoUser, findUserByEmail, limitAttemptFromIp, limitSignInAttempt } from "./sign-in";

export const MAGIC_LINK_MINUTES = 15;

class SignInRefused extends CredentialsSignin {
  override code = "refused";
}

/**
 * next-auth, configured lazily because the database opens asynchronously. Sessions are signed
 * JWT cookies that carry only the user id: roles are read from the database on every request.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  const e = env();
  const providers: Provider[] = [
    Nodemailer({
      id: "nodemailer",
      name: "E-mail",
      server: e.SMTP_URL ?? "smtp://localhost:25",
      from: e.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        await limitSignInAttempt(db, identifier, clientIp(request.headers));
        // Only known users get a link; the page says the same either way, so it reveals nothing.
        if (!(await findUserByEmail(db, identifier))) return;
        await sendEmail(db, { to: identifier, template: "magic-link", props: { url, validMinutes: MAGIC_LINK_MINUTES } });
      },
    }),
    Credentials({
      id: "invitation",
      name: "Uitnodiging",
      credentials: { token: {} },
      async authorize(credentials, request) {
        const token = String(credentials?.token ?? "");
        await limitAttemptFromIp(db, clientIp(request.headers), "token");
        const { user } = await acceptInvitation(db, token).catch(() => {
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
          await limitAttemptFromIp(db, clientIp(request.headers), "demo");
          const user = await demoUser(db, email);
          if (!user) throw new SignInRefused();
          return user;
        },
      }),
    );
  }
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID) {
    providers.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
      // Users are invited by e-mail first; the identity provider then vouches for that address.
      allowDangerousEmailAccountLinking: true,
    });
  }
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers,
    secret: authSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
    pages: { signIn: "/login", verifyRequest: "/login/verstuurd", error: "/login" },
    callbacks: {
      async signIn({ user, account }) {
        // An identity provider may only sign in people Groeipad already knows (invited users).
        if (account?.provider === "oidc") return Boolean(user.email && (await findUserByEmail(db, user.email)));
        return true;
      },
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
