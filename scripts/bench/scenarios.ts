// What the benchmark asks the app, one sender per scenario, shared by the load at a fixed rate
// (http.ts) and the step load that looks for each page's knee (overload.ts). A sender resolves to
// the size of a served body, SHED for the admission gate's 503, and null for anything else.
import type { BenchDatabase } from "./database";
import { SHED } from "./load";
import type { ReviewDraft } from "./review-drafts";
import { sessionCookie } from "./session";

export type ScenarioName =
  | "org_dashboard"
  | "org_dashboard_cold"
  | "contract_dashboard"
  | "review_save"
  | "audit_log"
  | "worklist_coordinator"
  | "worklist_manager"
  | "api_contracts"
  | "benchmark"
  | "group";

type Sender = () => Promise<number | null | typeof SHED>;
/** one: a request as the measurements without load send it; many(i): the i-th request of a load. */
export type Scenario = { one: Sender; many: (i: number) => Promise<number | null | typeof SHED> };

export type ScenarioInputs = {
  contractId: string;
  drafts: ReviewDraft[];
  sessions: Map<string, string>;
  apiToken: string;
};

// Long past any goal: a request still unanswered then counts as failed rather than holding up the run.
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * A period no earlier request asked for, so the dashboard is computed rather than served from the
 * cache: periods of 1 to 16 quarters ending in 2024-Q4 … 2026-Q4 (144 combinations).
 */
function coldPeriod(n: number): string {
  const quarter = (index: number) => `${2021 + Math.floor(index / 4)}-Q${(index % 4) + 1}`; // 0 = 2021-Q1
  const to = 23 - (n % 9);
  const length = 1 + (Math.floor(n / 9) % 16);
  return `van=${quarter(to - length + 1)}&tot=${quarter(to)}`;
}

const outcome = (status: number, size: number) => (status === 200 ? size : status === 503 ? SHED : null);

/** The scenarios against the app at appUrl, which signs sessions with secret. */
export async function benchScenarios(
  appUrl: string,
  secret: string,
  bench: BenchDatabase,
  inputs: ScenarioInputs,
): Promise<Record<ScenarioName, Scenario>> {
  const org = bench.shape.bigBuyerSlug;
  const coordinator = await sessionCookie(bench.coordinator, inputs.sessions.get(bench.coordinator.id)!, secret);
  const managerCookies = new Map<string, string>();
  for (const d of inputs.drafts) {
    if (!managerCookies.has(d.managerId))
      managerCookies.set(
        d.managerId,
        await sessionCookie({ id: d.managerId, email: "", name: null }, inputs.sessions.get(d.managerId)!, secret),
      );
  }
  const [draftForContract] = inputs.drafts;
  const contractManagerCookie = managerCookies.get(draftForContract.managerId)!;

  const get = (path: string, cookie: string) => async () => {
    const headers: Record<string, string> = cookie.startsWith("Bearer ") ? { authorization: cookie } : { cookie };
    const response = await fetch(`${appUrl}${path}`, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await response.arrayBuffer();
    return outcome(response.status, body.byteLength);
  };
  // Each draft keeps the version its last save returned, so a later run on the same drafts goes on from there.
  const save = async (i: number) => {
    const draft = inputs.drafts[i % inputs.drafts.length];
    const response = await fetch(`${appUrl}/api/v1/${org}/reviews/${draft.reviewId}/score`, {
      method: "PUT",
      headers: { cookie: managerCookies.get(draft.managerId)!, "content-type": "application/json" },
      body: JSON.stringify({ version: draft.version, kpiId: draft.kpiId, score: "on_track" }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: { version: number } };
    if (response.status === 200 && body.data) draft.version = body.data.version;
    return outcome(response.status, JSON.stringify(body).length);
  };
  const same = (send: Sender): Scenario => ({ one: send, many: send });

  let cold = 0;
  return {
    org_dashboard: same(get(`/${org}/dashboard`, coordinator)),
    org_dashboard_cold: same(() => get(`/${org}/dashboard?${coldPeriod(cold++)}`, coordinator)()),
    contract_dashboard: same(get(`/${org}/contracten/${inputs.contractId}/dashboard`, contractManagerCookie)),
    review_save: { one: () => save(inputs.drafts.length - 1), many: save },
    // The first page of a log of a million events, as a coordinator opens Beheer → Logboek.
    audit_log: same(get(`/${org}/beheer/logboek`, coordinator)),
    // The home page with "Te doen": the coordinator's over every contract, a contract manager's over theirs.
    worklist_coordinator: same(get(`/${org}`, coordinator)),
    worklist_manager: same(get(`/${org}`, contractManagerCookie)),
    // An integration reading the contracts with a token: the first page of 100 of 2,000.
    api_contracts: same(get(`/api/v1/${org}/contracts`, `Bearer ${inputs.apiToken}`)),
    // The benchmark page of a participating buyer: the stored cells and its own figures over 2,000 contracts.
    benchmark: same(get(`/${org}/benchmark`, coordinator)),
    // The overview of a buyer group of all 50 buyers: members, standards, adoption matrix and shared results.
    group: same(get(`/${org}-inkoopgroep`, coordinator)),
  };
}
