CREATE TABLE "report_questions" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"question" text NOT NULL,
	"answer" text,
	CONSTRAINT "report_questions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_rounds" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"round_number" integer NOT NULL,
	"question" text,
	"sent_back_at" timestamp with time zone NOT NULL,
	"sent_back_by_user_id" uuid,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by_user_id" uuid,
	CONSTRAINT "report_rounds_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_questions" ADD CONSTRAINT "report_questions_tenant_id_round_id_report_rounds_tenant_id_id_fk" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."report_rounds"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_questions" ADD CONSTRAINT "report_questions_tenant_id_report_id_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_questions" ADD CONSTRAINT "report_questions_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_sent_back_by_user_id_users_id_fk" FOREIGN KEY ("sent_back_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_tenant_id_report_id_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_questions_kpi_key" ON "report_questions" USING btree ("tenant_id","round_id","kpi_id");--> statement-breakpoint
CREATE INDEX "report_questions_report_idx" ON "report_questions" USING btree ("tenant_id","report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_rounds_number_key" ON "report_rounds" USING btree ("tenant_id","report_id","round_number");--> statement-breakpoint
-- hand-written
-- Rounds and questions belong to the buyer's tenant and, through their report, to the contract's
-- supplier: the same two policies as report_values, one per side role.
GRANT SELECT, INSERT, UPDATE, DELETE ON report_rounds, report_questions TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE report_rounds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_rounds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_rounds_buyer ON report_rounds FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY report_rounds_supplier ON report_rounds FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE report_questions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_questions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_questions_buyer ON report_questions FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY report_questions_supplier ON report_questions FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
CREATE TRIGGER report_rounds_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, report_id ON report_rounds
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reports();
--> statement-breakpoint
CREATE TRIGGER report_questions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, report_id ON report_questions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reports();
--> statement-breakpoint
DROP TRIGGER reports_supplier_to_children ON reports;
--> statement-breakpoint
CREATE TRIGGER reports_supplier_to_children AFTER UPDATE OF supplier_org_id ON reports
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('evidence_files', 'report_id', 'report_submissions', 'report_id', 'report_values', 'report_id',
                                             'report_rounds', 'report_id', 'report_questions', 'report_id');
--> statement-breakpoint
-- Earlier send-backs, from the audit trail: each "send_back" event is a round, answered by the
-- next submission of the report; its questions are the per-KPI comments it recorded.
INSERT INTO report_rounds (tenant_id, report_id, round_number, question, sent_back_at, sent_back_by_user_id)
SELECT a.tenant_id, r.id,
       row_number() OVER (PARTITION BY a.tenant_id, r.id ORDER BY a.created_at),
       nullif(a.after ->> 'decisionComment', ''), a.created_at, u.id
  FROM audit_events a
  JOIN reports r ON r.tenant_id = a.tenant_id AND r.id::text = a.entity_id
  LEFT JOIN users u ON u.id = a.actor_user_id
 WHERE a.entity = 'report' AND a.action = 'send_back';
--> statement-breakpoint
-- A report sent back without an audit event (data written directly): one round from the report.
INSERT INTO report_rounds (tenant_id, report_id, round_number, question, sent_back_at, sent_back_by_user_id)
SELECT r.tenant_id, r.id, 1, r.decision_comment, coalesce(r.decided_at, r.updated_at), r.decided_by_user_id
  FROM reports r
 WHERE r.status = 'clarification_requested'
   AND NOT EXISTS (SELECT 1 FROM report_rounds x WHERE x.tenant_id = r.tenant_id AND x.report_id = r.id);
--> statement-breakpoint
INSERT INTO report_questions (tenant_id, report_id, round_id, kpi_id, question)
SELECT x.tenant_id, x.report_id, x.id, k.id, c.value
  FROM report_rounds x
  JOIN audit_events a ON a.tenant_id = x.tenant_id AND a.entity = 'report' AND a.action = 'send_back'
                     AND a.entity_id = x.report_id::text AND a.created_at = x.sent_back_at
  CROSS JOIN LATERAL jsonb_each_text(coalesce(a.after -> 'comments', '{}'::jsonb)) c
  JOIN kpis k ON k.tenant_id = x.tenant_id AND k.id::text = c.key
 WHERE c.value <> ''
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO report_questions (tenant_id, report_id, round_id, kpi_id, question)
SELECT x.tenant_id, x.report_id, x.id, v.kpi_id, v.buyer_comment
  FROM report_rounds x
  JOIN reports r ON r.tenant_id = x.tenant_id AND r.id = x.report_id AND r.status = 'clarification_requested'
  JOIN report_values v ON v.tenant_id = x.tenant_id AND v.report_id = x.report_id
 WHERE v.buyer_comment IS NOT NULL AND v.buyer_comment <> ''
   AND x.round_number = (SELECT max(y.round_number) FROM report_rounds y WHERE y.tenant_id = x.tenant_id AND y.report_id = x.report_id)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Answered by the first submission after the send-back: its narrative (when there was a general
-- question) and its per-KPI explanations, as the app answers a round.
UPDATE report_rounds x
   SET answered_at = s.submitted_at, answered_by_user_id = s.submitted_by_user_id,
       answer = CASE WHEN x.question IS NULL THEN NULL ELSE s.snapshot ->> 'narrative' END
  FROM report_submissions s
 WHERE s.tenant_id = x.tenant_id AND s.report_id = x.report_id
   AND s.submission_number = (SELECT min(t.submission_number) FROM report_submissions t
                               WHERE t.tenant_id = x.tenant_id AND t.report_id = x.report_id AND t.submitted_at > x.sent_back_at);
--> statement-breakpoint
UPDATE report_questions q
   SET answer = nullif(v.item ->> 'explanation', '')
  FROM report_rounds x, report_submissions s, jsonb_array_elements(s.snapshot -> 'values') AS v(item)
 WHERE x.tenant_id = q.tenant_id AND x.id = q.round_id AND x.answered_at IS NOT NULL
   AND s.tenant_id = x.tenant_id AND s.report_id = x.report_id AND s.submitted_at = x.answered_at
   AND v.item ->> 'kpiId' = q.kpi_id::text;
