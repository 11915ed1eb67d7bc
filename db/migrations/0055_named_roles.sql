ALTER TYPE "public"."member_role" ADD VALUE 'verifier';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'bestuurder';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'beleidsadviseur';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'inkoopadviseur';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'projectleider';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'interne_opdrachtgever';--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_role_known";--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_role_known" CHECK ("memberships"."role"::text in ('admin','coordinator','contract_manager','viewer','reporter','member','verifier','bestuurder','beleidsadviseur','inkoopadviseur','projectleider','interne_opdrachtgever'));