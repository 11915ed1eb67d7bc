// The session id travels from the JWT to the session next-auth hands the server (lib/auth/config.ts).
import "next-auth";

declare module "next-auth" {
  interface Session {
    sessionId?: string;
  }
}
