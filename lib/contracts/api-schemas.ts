// What GET /api/v1/[org]/contracts and /contracts/[id] answer: one contract as getContract reads it
// (lib/contracts/queries.ts, contractColumns). Checked before serialisation, so timestamps are Date
// objects and date columns ISO strings, as drizzle returns them; z.object drops any field not named.
import { z } from "zod";
import { contractStatus, cooperationForm } from "@/db/schema";
import { CAP_PERIODS } from "@/lib/malus/cap-years";
import { MALUS_DECIDERS } from "@/lib/malus/decide";

const centsCap = z.object({ kind: z.literal("cents"), cents: z.number().int() });

/** ContractMalusCaps (db/schema/contracts.ts): percentages are decimal strings. */
const ContractMalusCapsOut = z.object({
  perYear: z
    .union([centsCap, z.object({ kind: z.enum(["percent_of_contract", "percent_of_period"]), percent: z.string() })])
    .nullable()
    .optional(),
  perContract: z
    .union([centsCap, z.object({ kind: z.literal("percent_of_contract"), percent: z.string() })])
    .nullable()
    .optional(),
});

/** ScoreGroup (db/schema/contracts.ts): the weight is a decimal string. */
const ScoreGroupOut = z.object({ key: z.string(), name: z.string(), weight: z.string() });

export const ContractOut = z.object({
  tenantId: z.guid(),
  id: z.guid(),
  title: z.string(),
  reference: z.string().nullable(),
  purchasingPackage: z.string(),
  cooperationForm: z.enum(cooperationForm.enumValues),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  valueCents: z.number().int(),
  malusCapPeriod: z.enum(CAP_PERIODS),
  malusDecidedBy: z.enum(MALUS_DECIDERS),
  malusCaps: ContractMalusCapsOut.nullable(),
  scoreGroups: z.array(ScoreGroupOut),
  status: z.enum(contractStatus.enumValues),
  version: z.number().int(),
  updatedAt: z.date(),
  contractManagerId: z.guid().nullable(),
  contractManagerName: z.string().nullable(),
  supplierOrgId: z.guid().nullable(),
  supplierName: z.string().nullable(),
  supplierKvk: z.string().nullable(),
  buyerName: z.string(),
});
