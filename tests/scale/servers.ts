// Where the two-instance test runs: the proxy on SCALE_PORT (default 4110), the app instances on
// the two ports after it, all on one PostgreSQL database, SCALE_DATABASE (default groeipad_scale).
export const proxyPort = () => Number(process.env.SCALE_PORT ?? 4110);

/** The address people use: the proxy, and so the app's APP_URL. */
export const proxyURL = () => `http://127.0.0.1:${proxyPort()}`;

export const instancePorts = () => [proxyPort() + 1, proxyPort() + 2];

/** The request header that pins a request to an instance, and the answer's header that names it. */
export const INSTANCE_HEADER = "x-groeipad-instance";

export const scaleDatabase = () => process.env.SCALE_DATABASE ?? "groeipad_scale";

/** Where the database's preparation writes the exit status of loading the demo data. */
export const seedStatusFile = () => `.data/${scaleDatabase()}.seeded`;

/** The login role of the app instances and job workers: a member of groeipad_app, never the owner. */
export const APP_LOGIN = "groeipad_scale_app";

/** What the instances, the job workers and the test's own queue client connect with. */
export function appDatabaseURL(): string {
  const { PGHOST = "127.0.0.1", PGPORT = "5432" } = process.env;
  return `postgres://${APP_LOGIN}:${APP_LOGIN}@${PGHOST}:${PGPORT}/${scaleDatabase()}`;
}
