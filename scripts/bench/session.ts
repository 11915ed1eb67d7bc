// A signed-in session for the benchmark without going through the login form: the same
// encrypted JWT cookie next-auth issues (lib/auth/config.ts keeps only the user id in it), made
// with the AUTH_SECRET the benchmark gives the server it starts.
import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "authjs.session-token";

export async function sessionCookie(user: { id: string; email: string; name: string | null }, secret: string): Promise<string> {
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name }, secret, salt: SESSION_COOKIE, maxAge: 3600 });
  return `${SESSION_COOKIE}=${token}`;
}
