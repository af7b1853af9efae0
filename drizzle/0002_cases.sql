CREATE SEQUENCE "public"."case_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."paper_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "arrears_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"installments" jsonb NOT NULL,
	"guarantee" jsonb NOT NULL,
	"total_fen" integer NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"agreement_no" text,
	"signed_on" date,
	"final_due_date" date,
	"default_liability" text
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"method" text NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"confirmed" boolean NOT NULL,
	"note" text NOT NULL,
	"by_username" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"met_on" date,
	"paused" boolean DEFAULT false NOT NULL,
	"remaining_days" integer
);
--> statement-breakpoint
CREATE TABLE "case_disputes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"suspended_from" text NOT NULL,
	"opened_by" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"resolution" text,
	"outcome" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"material_kind" text,
	"paper_no" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_username" text,
	"actor_role" text,
	"action" text NOT NULL,
	"outcome" text,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"summary" text NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_fee_checks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"by_username" text NOT NULL,
	"outstanding_fen" integer NOT NULL,
	"by_kind" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_inspections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"scheduled_for" date NOT NULL,
	"inspector" text NOT NULL,
	"performed_on" date,
	"result" text,
	"items" jsonb,
	"hazards" jsonb,
	"photo_ids" jsonb,
	"note" text,
	"rectification_due" date,
	"rectification_order_no" text,
	"rectified_at" timestamp with time zone,
	"rectification_note" text
);
--> statement-breakpoint
CREATE TABLE "case_materials" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"required" boolean NOT NULL,
	"supplied" boolean DEFAULT false NOT NULL,
	"original_sighted" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_materials_case_id_kind_pk" PRIMARY KEY("case_id","kind")
);
--> statement-breakpoint
CREATE TABLE "case_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"items" jsonb NOT NULL,
	"issued_on" date NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"department" text NOT NULL,
	"branch_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "closure_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"account_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"customer_type" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"reason" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"agent" jsonb,
	"state" text NOT NULL,
	"suspended_from" text,
	"cs_state" text DEFAULT 'pending' NOT NULL,
	"safety_state" text DEFAULT 'pending' NOT NULL,
	"finance_state" text DEFAULT 'pending' NOT NULL,
	"plan_state" text DEFAULT 'none' NOT NULL,
	"outstanding_fen" integer,
	"notice_count" integer DEFAULT 0 NOT NULL,
	"accepted_on" date,
	"decided_on" date,
	"rejection_reasons" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "arrears_plans" ADD CONSTRAINT "arrears_plans_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_disputes" ADD CONSTRAINT "case_disputes_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_fee_checks" ADD CONSTRAINT "case_fee_checks_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_inspections" ADD CONSTRAINT "case_inspections_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notices" ADD CONSTRAINT "case_notices_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_cases" ADD CONSTRAINT "closure_cases_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_cases" ADD CONSTRAINT "closure_cases_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arrears_plans_case_idx" ON "arrears_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_open_idx" ON "case_deadlines" USING btree ("due_date","met_on");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_paper_no_key" ON "case_documents" USING btree ("paper_no");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_events_at_idx" ON "case_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "case_inspections_case_idx" ON "case_inspections" USING btree ("case_id","round");--> statement-breakpoint
CREATE INDEX "case_tasks_open_idx" ON "case_tasks" USING btree ("department","branch_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "closure_cases_case_no_key" ON "closure_cases" USING btree ("case_no");--> statement-breakpoint
CREATE UNIQUE INDEX "closure_cases_open_per_account" ON "closure_cases" USING btree ("account_id") WHERE state not in ('closed', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "closure_cases_account_idx" ON "closure_cases" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "closure_cases_branch_state_idx" ON "closure_cases" USING btree ("branch_id","state");