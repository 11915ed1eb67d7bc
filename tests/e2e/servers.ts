// Where the browser tests' servers listen: E2E_WORKERS demo servers (default 2) on E2E_PORT
// (default 3100) and the ports after it, one per Playwright worker, then one in production mode,
// then the one overload.spec.ts starts for itself.
type E2eServer = { port: number; baseURL: string; dataDir: string };

const basePort = () => Number(process.env.E2E_PORT ?? 3100);

function server(port: number): E2eServer {
  return { port, baseURL: `http://localhost:${port}`, dataDir: `.data/e2e-${port}` };
}

/** The demo servers; worker i (its parallelIndex) talks only to server i. */
export function e2eServers(): E2eServer[] {
  const count = Number(process.env.E2E_WORKERS ?? 2);
  if (!Number.isInteger(count) || count < 1 || count > 8)
    throw new Error(`E2E_WORKERS moet een getal van 1 tot en met 8 zijn (nu: ${count}).`);
  return Array.from({ length: count }, (_, i) => server(basePort() + i));
}

/** The server without demo mode, after the demo servers. */
export function productionModeServer(): E2eServer {
  return server(basePort() + e2eServers().length);
}

/** A server with room for one request at a time, started by overload.spec.ts while it runs. */
export function sheddingServer(): E2eServer {
  return server(basePort() + e2eServers().length + 1);
}

/** The migrated demo database of this run that every server copies (tests/e2e/prepare-template.sh). */
export function templateDir(): string {
  return `.data/e2e-template-${process.env.E2E_RUN_ID}`;
}
