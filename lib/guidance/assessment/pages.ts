// What the pages of the assessment tools need from the server, read in the actor's tenant
// transaction so app/ stays free of database code. Input in the address (GET forms) is checked
// with the same domain rules as the save actions, so a reader sees the result without saving.
import { orNotFound } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { MATURITY_ITEM_IDS } from "@/lib/guidance/maturity/content";
import { PEOPLE_GROUP_IDS } from "@/lib/guidance/people-growth/content";
import { getAssessment, listAssessments, type AssessmentRow, type AssessmentTool } from "./queries";
import { amsterdamToday } from "@/lib/time";
import { cooperationOutcome, parseTreeAnswers, type TreeAnswers } from "@/lib/guidance/cooperation-tree/rules";
import { maturityPosition, parseMaturityTicks, reachedStageLabel } from "@/lib/guidance/maturity/rules";
import { guidanceActor } from "@/lib/guidance/actor";
import { parsePeopleShares, peopleTrend, shareField, tippingPoint, type PeopleShares } from "@/lib/guidance/people-growth/rules";
import { withTenant } from "@/lib/tenancy";

type Query = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function summary(row: AssessmentRow) {
  return {
    id: row.id,
    title: row.title,
    assessedOn: row.assessedOn,
    savedAt: formatDateTime(row.createdAt),
    createdBy: row.createdByName ?? row.createdByEmail ?? "onbekend",
    notes: typeof row.data.notes === "string" ? row.data.notes : null,
  };
}

async function toolList(orgSlug: string, tool: AssessmentTool) {
  const { actor, canEdit } = await guidanceActor(orgSlug);
  const rows = await withTenant(actor, (tx) => listAssessments(tx, { tenantId: actor.org.id, tool }));
  return { actor, canEdit, rows, today: amsterdamToday() };
}

async function toolAssessment(orgSlug: string, tool: AssessmentTool, id: string) {
  const { actor } = await guidanceActor(orgSlug);
  const row = await orNotFound(withTenant(actor, (tx) => getAssessment(tx, { tenantId: actor.org.id, tool, id })));
  return { actor, row };
}

// Stored data passed the tool's schema; reading it back through the same rule keeps it honest.
const tickedOf = (row: AssessmentRow) => parseMaturityTicks(row.data.ticked);
const sharesOf = (row: AssessmentRow) => row.data.shares as PeopleShares;
const pathOf = (row: AssessmentRow) =>
  ({
    term: row.data.term,
    input: row.data.input,
    level: row.data.level,
  }) as TreeAnswers;

export async function maturityToolPage(orgSlug: string, query: Query) {
  const { actor, canEdit, rows, today } = await toolList(orgSlug, "maturity");
  const raw = query.item === undefined ? [] : Array.isArray(query.item) ? query.item : [query.item];
  const submitted = query.bekeken !== undefined;
  // Unknown ids in a hand-edited address are simply ignored; the save action refuses them.
  const ticked = MATURITY_ITEM_IDS.filter((id) => raw.includes(id));
  return {
    actor,
    canEdit,
    today,
    ticked,
    position: submitted ? maturityPosition(ticked) : null,
    history: rows.map((row) => {
      const position = maturityPosition(tickedOf(row));
      return {
        ...summary(row),
        reached: reachedStageLabel(position.reached),
        ticked: position.tickedCount,
        of: position.itemCount,
      };
    }),
  };
}

export async function maturityAssessmentPage(orgSlug: string, id: string) {
  const { actor, row } = await toolAssessment(orgSlug, "maturity", id);
  return {
    actor,
    assessment: summary(row),
    position: maturityPosition(tickedOf(row)),
  };
}

export async function peopleToolPage(orgSlug: string, query: Query) {
  const { actor, canEdit, rows, today } = await toolList(orgSlug, "people_growth");
  const values = Object.fromEntries(PEOPLE_GROUP_IDS.map((id) => [shareField(id), first(query[shareField(id)]) ?? ""]));
  const submitted = PEOPLE_GROUP_IDS.some((id) => query[shareField(id)] !== undefined);
  const parsed = submitted ? parsePeopleShares(values) : null;
  const trend = peopleTrend(
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      assessedOn: row.assessedOn,
      shares: sharesOf(row),
    })),
  );
  return {
    actor,
    canEdit,
    today,
    values,
    errors: parsed && !parsed.ok ? parsed.errors : {},
    shares: parsed?.ok ? parsed.shares : null,
    tipping: parsed?.ok ? tippingPoint(parsed.shares) : null,
    trend,
    history: rows.map((row) => ({
      ...summary(row),
      shares: sharesOf(row),
      tipping: tippingPoint(sharesOf(row)),
    })),
  };
}

export async function peopleAssessmentPage(orgSlug: string, id: string) {
  const { actor, row } = await toolAssessment(orgSlug, "people_growth", id);
  return {
    actor,
    assessment: summary(row),
    shares: sharesOf(row),
    tipping: tippingPoint(sharesOf(row)),
  };
}

export async function treeToolPage(orgSlug: string, query: Query) {
  const { actor, canEdit, rows, today } = await toolList(orgSlug, "cooperation_tree");
  const raw = {
    term: first(query.term),
    input: first(query.input),
    level: first(query.level),
  };
  const submitted = Object.values(raw).some((v) => v !== undefined);
  const parsed = submitted ? parseTreeAnswers(raw) : null;
  return {
    actor,
    canEdit,
    today,
    chosen: parsed ? (parsed.ok ? parsed.answers : parsed.partial) : {},
    errors: parsed && !parsed.ok ? parsed.errors : {},
    outcome: parsed?.ok ? cooperationOutcome(parsed.answers) : null,
    history: rows.map((row) => {
      const outcome = cooperationOutcome(pathOf(row));
      return {
        ...summary(row),
        path: `${outcome.term.label} · ${outcome.input.label} · ${outcome.level.label}`,
        notValidated: outcome.notValidated,
      };
    }),
  };
}

export async function treeAssessmentPage(orgSlug: string, id: string) {
  const { actor, row } = await toolAssessment(orgSlug, "cooperation_tree", id);
  return {
    actor,
    assessment: summary(row),
    outcome: cooperationOutcome(pathOf(row)),
  };
}
