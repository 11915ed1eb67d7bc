import type { ActionContext } from "@/lib/action";
import { can, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError, toPublicError, UnauthenticatedError } from "@/lib/errors";

export type RouteResponse = { status: number; body: unknown };

export type RouteDefinition<P> = {
  name: string;
  permission: Permission;
  /** Resolves permission and runs the handler; errors become { error } with their status. */
  run: (ctx: ActionContext | null, params: P) => Promise<RouteResponse>;
};

/** A read of the public REST API, checked like every action: session, role, then the handler. */
export function defineRoute<P>(def: {
  name: string;
  permission: Permission;
  handler: (ctx: ActionContext, params: P) => Promise<unknown>;
}): RouteDefinition<P> {
  return {
    name: def.name,
    permission: def.permission,
    async run(ctx, params) {
      try {
        if (!ctx) throw new UnauthenticatedError();
        if (!can(ctx.org.kind, ctx.role, def.permission)) throw new ForbiddenError();
        return { status: 200, body: { data: await def.handler(ctx, params) } };
      } catch (error) {
        const { status, error: message, code } = toPublicError(error);
        return { status, body: { error: message, code } };
      }
    },
  };
}
