// What a token may be used for. A call needs the scope its route names (lib/http/route.ts) and,
// like any call, the permission of its creator's role: a scope narrows a role, never widens it.
// Routes about one person (notifications, the worklist) name no scope and stay with the browser.

export const API_SCOPES = {
  "contracts:read": "Contracten, KPI's en groeipaden lezen",
  "reports:read": "Rapportages lezen",
  "reports:write": "Rapportages invullen, bewijs toevoegen en indienen (leverancier)",
  "reviews:read": "Reviews, scores en besluiten lezen",
  "reviews:write": "Scores in reviews vastleggen",
  "malus:read": "Het malusoverzicht lezen",
  "dashboard:read": "Dashboardcijfers lezen",
  "members:read": "Leden van de organisatie lezen",
  "audit:read": "Het auditlog lezen",
} as const;

export type ApiScope = keyof typeof API_SCOPES;

export function isApiScope(value: string): value is ApiScope {
  return Object.hasOwn(API_SCOPES, value);
}
