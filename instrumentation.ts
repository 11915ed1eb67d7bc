// Runs once when the server starts. The Node.js part lives in its own file so the Edge build
// never sees Node-only APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/startup")).startServer();
}
