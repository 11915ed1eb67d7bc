CREATE TABLE "guidance_assessments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tool" varchar(32) NOT NULL,
	"title" varchar(200) NOT NULL,
	"data" jsonb NOT NULL,
	"assessed_on" varchar(10) NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "guidance_assessments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "guidance_assessments" ADD CONSTRAINT "guidance_assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_assessments" ADD CONSTRAINT "guidance_assessments_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_assessments_tool_idx" ON "guidance_assessments" USING btree ("tenant_id","tool","assessed_on");