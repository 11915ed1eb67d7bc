export * from "./enums";
export * from "./organisations";
export * from "./users";
export * from "./memberships";
export * from "./invitations";
export * from "./contracts";
export * from "./audit-events";
export * from "./platform";
