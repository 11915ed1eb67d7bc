// The caps a malus form asks for and the kinds each offers, shared by the KPI and the template
// forms in the browser (so this file holds no server code).
export const CAP_KINDS = ["none", "cents", "percent_of_period", "percent_of_contract"] as const;
export const CAP_FIELDS = { perQuarter: "capQuarter", perYear: "capYear", perContract: "capContract" } as const;

/** The caps a form asks for, with the choices each offers: a share of its own period only where that differs from the contract. */
export const CAP_CHOICES = [
  { prefix: "capQuarter", label: "Maximum per kwartaal", period: "% van de kwartaalwaarde" },
  { prefix: "capYear", label: "Maximum per jaar", period: "% van de jaarwaarde" },
  { prefix: "capContract", label: "Maximum over de hele looptijd", period: null },
] as const;

export function capKindOptions(period: string | null): { value: (typeof CAP_KINDS)[number]; label: string }[] {
  return [
    { value: "none", label: "Geen maximum" },
    { value: "cents", label: "Bedrag in euro" },
    ...(period ? [{ value: "percent_of_period" as const, label: period }] : []),
    { value: "percent_of_contract", label: "% van de contractwaarde" },
  ];
}
