// GET/POST /api/auth/* – next-auth sign-in, callback and sign-out endpoints.
export { GET, POST } from "@/lib/auth/handlers";
