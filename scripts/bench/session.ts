// A signed-in session for the benchmark without going through the login form: a session row
// (lib/auth/user-sessions.ts) and the same encrypted JWT cookie next-auth issues for it (the user
// id and the session id), made with the AUTH_SECRET the benchmark gives the server it starts.
import { encode } from "next-auth/jwt";
import type { Db } from "../../db/client";
import { startSession } from "../../lib/auth/user-sessions";

const SESSION_COOKIE = "authjs.session-token";

/** One session per user, started while the benchmark still has the database open. */
export async function startBenchSessions(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const sessions = new Map<string, string>();
  for (const id of new Set(userIds)) sessions.set(id, await startSession(db, id));
  return sessions;
}

export async function sessionCookie(
  user: { id: string; email: string; name: string | null },
  sessionId: string,
  secret: string,
): Promise<string> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sid: sessionId },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 3600,
  });
  return `${SESSION_COOKIE}=${token}`;
}
