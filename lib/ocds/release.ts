// One contract as an OCDS 1.1 release with the Metrics extension, from plain rows (no I/O): the
// parties, the award, and the contract with its KPIs and growth-path targets (agreedMetrics), its
// accepted values and its reports and reviews (implementation) and its KPI changes (amendments).
import { packageLabel } from "@/lib/contracts/rules";
import { contractQuarters } from "@/lib/periods";
import { amsterdamIsoString } from "@/lib/time";
import { amendments } from "./amendments";
import { agreedMetrics, implementationMetrics } from "./metrics";
import { milestones } from "./milestones";
import { agreed, periodOf, type ContractRows, type OcdsOrganisation } from "./rows";

type Identifier = { scheme: "NL-KVK" | "NL-OIN"; id: string; legalName: string };

/** OCDS contract status: a draft is pending, a completed contract is over like a terminated one. */
const CONTRACT_STATUS = { draft: "pending", active: "active", completed: "terminated", terminated: "terminated" } as const;

/** A party with its KvK number (org-id.guide NL-KVK) or OIN (NL-OIN) as identifier; the other, if any, as an additional one. */
function party(org: OcdsOrganisation, roles: string[]) {
  const identifiers: Identifier[] = [];
  if (org.kvk) identifiers.push({ scheme: "NL-KVK", id: org.kvk, legalName: org.name });
  if (org.oin) identifiers.push({ scheme: "NL-OIN", id: org.oin, legalName: org.name });
  const [identifier, ...additional] = identifiers;
  return {
    id: identifier ? `${identifier.scheme}-${identifier.id}` : `groeipad-${org.id}`,
    name: org.name,
    ...(identifier ? { identifier } : {}),
    ...(additional.length ? { additionalIdentifiers: additional } : {}),
    roles,
  };
}

/** The release of one contract; `now` is the moment of the export, `today` its Amsterdam date. */
export function buildRelease(rows: ContractRows, options: { ocidPrefix: string; now: Date; today: string }) {
  const { contract } = rows;
  const ocid = `${options.ocidPrefix}-${contract.id}`;
  const quarters = contractQuarters(contract.startDate, contract.endDate);
  const kpis = rows.kpis.filter(agreed);
  const buyer = party(rows.buyer, ["buyer", "procuringEntity"]);
  const supplier = rows.supplier ? party(rows.supplier, ["supplier", "payee"]) : null;
  const value = { amount: contract.valueCents / 100, currency: "EUR" };
  const period = periodOf(contract.startDate, contract.endDate);
  const awardId = `${contract.id}-award`;
  const targets = agreedMetrics(kpis, quarters);
  const results = implementationMetrics(kpis, rows.reports, contract);
  const steps = milestones(rows, kpis, options.today);
  const changes = amendments(kpis, quarters[0].key);
  const reference = contract.reference ? `Kenmerk ${contract.reference}, ` : "";
  return {
    ocid,
    // A release is a snapshot: the moment of the export tells two exports of one contract apart.
    id: `${ocid}-${options.now.toISOString().replace(/[-:.]/g, "")}`,
    date: amsterdamIsoString(options.now),
    tag: ["contract", "implementation"],
    initiationType: "tender",
    language: "nl",
    parties: supplier ? [buyer, supplier] : [buyer],
    buyer: { id: buyer.id, name: buyer.name },
    awards: [
      {
        id: awardId,
        title: contract.title,
        status: contract.status === "draft" ? "pending" : "active",
        value,
        contractPeriod: period,
        ...(supplier ? { suppliers: [{ id: supplier.id, name: supplier.name }] } : {}),
      },
    ],
    contracts: [
      {
        id: contract.id,
        awardID: awardId,
        title: contract.title,
        description: `${reference}inkooppakket ${packageLabel(contract.purchasingPackage)}`,
        status: CONTRACT_STATUS[contract.status],
        value,
        period,
        ...(targets.length ? { agreedMetrics: targets } : {}),
        implementation: {
          ...(steps.length ? { milestones: steps } : {}),
          ...(results.length ? { metrics: results } : {}),
        },
        ...(changes.length ? { amendments: changes } : {}),
      },
    ],
  };
}
