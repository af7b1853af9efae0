CREATE SEQUENCE "public"."complaint_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "archive_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"archive_no" text NOT NULL,
	"category" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"manifest" jsonb NOT NULL,
	"manifest_sha256" text NOT NULL,
	"closed_on" date NOT NULL,
	"retain_until" date,
	"archived_by" text NOT NULL,
	"archived_at" timestamp with time zone NOT NULL,
	"disposed_at" timestamp with time zone,
	"disposal" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_removals" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"fee_fen" bigint,
	"chosen_by" text NOT NULL,
	"chosen_at" timestamp with time zone NOT NULL,
	"removed_items" jsonb,
	"removed_at" timestamp with time zone,
	"removed_by" text,
	"recorded_by" text
);
--> statement-breakpoint
CREATE TABLE "case_sealings" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"permanent" boolean NOT NULL,
	"material_standard" text NOT NULL,
	"pressure_test" jsonb,
	"inspector" text NOT NULL,
	"record_no" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "closure_certificates" (
	"certificate_no" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"customer_name" text NOT NULL,
	"account_no" text NOT NULL,
	"outlet_name" text NOT NULL,
	"bundle_sha256" text NOT NULL,
	"pdf_sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fee_schedule_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_type" text NOT NULL,
	"facility_kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"effective_from" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"method" text NOT NULL,
	"rating" integer NOT NULL,
	"satisfied" boolean NOT NULL,
	"issues" jsonb NOT NULL,
	"facility_disposal" text NOT NULL,
	"safety_issue" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"department" text NOT NULL,
	"branch_id" uuid,
	"assignee" text,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"done_note" text
);
--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"source" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "audit_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"check_key" text NOT NULL,
	"staff_username" text,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"review_decided_wrongly" boolean DEFAULT false NOT NULL,
	"task_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"seed" text NOT NULL,
	"share_percent_x100" integer NOT NULL,
	"population" integer NOT NULL,
	"drawn_by" text NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_cases" (
	"complaint_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "complaint_cases_complaint_id_case_id_pk" PRIMARY KEY("complaint_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "complaint_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"complaint_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_no" text NOT NULL,
	"access_code_hash" text NOT NULL,
	"name" text,
	"contact" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"case_no" text,
	"account_no" text,
	"channel" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"assignee" text,
	"received_on" date NOT NULL,
	"due_date" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"entered_by" text,
	"escalated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadline_alerts" (
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"level" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deadline_alerts_subject_type_subject_id_level_pk" PRIMARY KEY("subject_type","subject_id","level")
);
--> statement-breakpoint
CREATE TABLE "kpi_rollup" (
	"month" text NOT NULL,
	"group_kind" text NOT NULL,
	"group_key" text NOT NULL,
	"metric" text NOT NULL,
	"num" bigint DEFAULT 0 NOT NULL,
	"den" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_rollup_month_group_kind_group_key_metric_pk" PRIMARY KEY("month","group_kind","group_key","metric")
);
--> statement-breakpoint
CREATE TABLE "kpi_samples" (
	"month" text NOT NULL,
	"group_kind" text NOT NULL,
	"group_key" text NOT NULL,
	"metric" text NOT NULL,
	"value" integer NOT NULL,
	"ref" text NOT NULL,
	CONSTRAINT "kpi_samples_month_group_kind_group_key_metric_ref_pk" PRIMARY KEY("month","group_kind","group_key","metric","ref")
);
--> statement-breakpoint
CREATE TABLE "supervision_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"sample_id" uuid,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"checks" jsonb,
	"auditor" text,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "supervision_group_members" (
	"username" text PRIMARY KEY NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arrears_plans" ADD COLUMN "broken_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "arrears_plans" ADD COLUMN "broken_installment" integer;--> statement-breakpoint
ALTER TABLE "arrears_plans" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "closure_cases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "closure_cases" ADD COLUMN "finalization" jsonb;--> statement-breakpoint
ALTER TABLE "archive_records" ADD CONSTRAINT "archive_records_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_removals" ADD CONSTRAINT "case_removals_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sealings" ADD CONSTRAINT "case_sealings_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_certificates" ADD CONSTRAINT "closure_certificates_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_certificates" ADD CONSTRAINT "closure_certificates_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_items" ADD CONSTRAINT "supervision_items_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_audit_id_supervision_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."supervision_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_cases" ADD CONSTRAINT "complaint_cases_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_cases" ADD CONSTRAINT "complaint_cases_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_notes" ADD CONSTRAINT "complaint_notes_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_audits" ADD CONSTRAINT "supervision_audits_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_audits" ADD CONSTRAINT "supervision_audits_sample_id_audit_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."audit_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "archive_records_case_key" ON "archive_records" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "archive_records_no_key" ON "archive_records" USING btree ("archive_no");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_schedule_items_key" ON "fee_schedule_items" USING btree ("customer_type","facility_kind","effective_from");--> statement-breakpoint
CREATE INDEX "staff_notifications_recipient_idx" ON "staff_notifications" USING btree ("recipient","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_notifications_dedupe_key" ON "staff_notifications" USING btree ("recipient","dedupe_key") WHERE dedupe_key is not null;--> statement-breakpoint
CREATE INDEX "staff_tasks_open_idx" ON "staff_tasks" USING btree ("department","status");--> statement-breakpoint
CREATE INDEX "staff_tasks_source_idx" ON "staff_tasks" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "supervision_items_open_idx" ON "supervision_items" USING btree ("status");--> statement-breakpoint
CREATE INDEX "audit_findings_case_idx" ON "audit_findings" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_samples_month_key" ON "audit_samples" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_key" ON "complaints" USING btree ("tracking_no");--> statement-breakpoint
CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_audits_case_sample_key" ON "supervision_audits" USING btree ("case_id","sample_id");--> statement-breakpoint
CREATE INDEX "supervision_audits_status_idx" ON "supervision_audits" USING btree ("status");