import { parseEuroCents } from "@/lib/format";
import { kvkError, normaliseKvk } from "@/lib/organisations/rules";
import { dateField, emailAddress, optionalText, requiredText, uuid, version, z } from "@/lib/zod";
import { CAP_PERIODS } from "@/lib/malus/cap-years";
import { contractCapFields, parseContractCaps } from "@/lib/malus/contract-caps";
import { MALUS_DECIDERS } from "@/lib/malus/decide";
import { CONTRACT_STATUSES, COOPERATION_FORMS, PURCHASING_PACKAGES } from "./rules";

const euroAmount = z.string({ error: "Vul de waarde in." }).transform((text, ctx) => {
  const parsed = parseEuroCents(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.cents;
});

const contractFields = z.object({
  title: requiredText("de titel", "title"),
  reference: optionalText("de referentie", "label"),
  purchasingPackage: z.enum(Object.keys(PURCHASING_PACKAGES) as [keyof typeof PURCHASING_PACKAGES], {
    error: "Kies een inkooppakket.",
  }),
  cooperationForm: z.enum(Object.keys(COOPERATION_FORMS) as [keyof typeof COOPERATION_FORMS], {
    error: "Kies een samenwerkingsvorm.",
  }),
  startDate: dateField("de startdatum"),
  endDate: dateField("de einddatum"),
  valueCents: euroAmount,
  contractManagerId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(uuid.nullable()),
  status: z.enum(Object.keys(CONTRACT_STATUSES) as [keyof typeof CONTRACT_STATUSES], { error: "Kies een status." }),
  // Left out (a client of the API that does not know it): a new contract counts per contract
  // year, an existing one keeps what it had.
  malusCapPeriod: z.enum(CAP_PERIODS, { error: "Kies hoe het maximum per jaar van de malus telt." }).optional(),
  malusDecidedBy: z.enum(MALUS_DECIDERS, { error: "Kies wat bepaalt of een malus geldt." }).optional(),
  ...contractCapFields,
});

/** The posted cap fields become the contract's malusCaps column. */
function withMalusCaps<T extends z.infer<typeof contractFields>>(value: T, ctx: z.RefinementCtx) {
  const { allCapYearKind, allCapYearValue, allCapContractKind, allCapContractValue, ...rest } = value;
  const malusCaps = parseContractCaps({ allCapYearKind, allCapYearValue, allCapContractKind, allCapContractValue }, ctx);
  return malusCaps === undefined ? rest : { ...rest, malusCaps };
}

function datesInOrder<T extends { startDate: string; endDate: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "De einddatum ligt vóór de startdatum." });
  }
}

// Checked even when other fields are wrong, so the form shows every error in one round.
const whenDatesParsed = {
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) => issue.path?.[0] === "startDate" || issue.path?.[0] === "endDate"),
};

// Only these fields are read from a form: tenant_id, supplier_org_id and the like are dropped.
export const CreateContract = contractFields.superRefine(datesInOrder, whenDatesParsed).transform(withMalusCaps);
export type CreateContract = z.infer<typeof CreateContract>;

export const UpdateContract = contractFields
  .extend({ id: z.string(), version })
  .superRefine(datesInOrder, whenDatesParsed)
  .transform(withMalusCaps);
export type UpdateContract = z.infer<typeof UpdateContract>;

export const InviteSupplier = z.object({
  contractId: uuid,
  kvk: z.string({ error: "Vul het KvK-nummer in." }).transform((value, ctx) => {
    const error = kvkError(value);
    if (error) {
      ctx.addIssue({ code: "custom", message: error });
      return z.NEVER;
    }
    return normaliseKvk(value);
  }),
  name: optionalText("de naam", "name"),
  email: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : undefined))
    .pipe(emailAddress.optional()),
  // The KvK number the buyer confirmed after being shown the organisation registered under it.
  confirmKvk: z
    .string()
    .optional()
    .transform((v) => (v ? normaliseKvk(v) : null)),
});
export type InviteSupplier = z.infer<typeof InviteSupplier>;
