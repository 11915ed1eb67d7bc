// What the catalogue still holds that Citus cannot run (tests/integration/catalogue.test.ts).
// The indicator catalogue is not a tenant table: a buyer's own indicators are shown to the
// suppliers it has contracts with, which the policy finds in contracts. It goes once that relation
// is on the row or in a reference table; nothing may be added here.
export const CITUS_GAPS_LEFT: readonly string[] = ["indicators: policy indicators_read has a subquery"];
