CREATE TABLE "succession_candidate" (
	"instansi_id" integer NOT NULL,
	"run_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"peringkat" smallint NOT NULL,
	"employee_id" uuid NOT NULL,
	"box" smallint NOT NULL,
	"target_jpm" double precision NOT NULL,
	"potential_score" double precision NOT NULL,
	"performance_score" double precision NOT NULL,
	"kesiapan" text NOT NULL,
	"darurat" boolean NOT NULL,
	CONSTRAINT "succession_candidate_instansi_id_run_id_position_id_peringkat_pk" PRIMARY KEY("instansi_id","run_id","position_id","peringkat"),
	CONSTRAINT "succession_candidate_kesiapan_check" CHECK ("succession_candidate"."kesiapan" in ('SIAP_SEKARANG','SIAP_1_2_TAHUN','SIAP_3_TAHUN_LEBIH'))
);
--> statement-breakpoint
CREATE TABLE "succession_run" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mapping_run_id" uuid NOT NULL,
	"periode" smallint NOT NULL,
	"settings" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"evaluated" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "succession_run_instansi_id_id_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "succession_slate" (
	"instansi_id" integer NOT NULL,
	"run_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"eligible_count" integer NOT NULL,
	"ready_now_count" integer NOT NULL,
	"ineligible_count" integer NOT NULL,
	"covered" boolean NOT NULL,
	"emergency_employee_id" uuid,
	"reason_counts" jsonb NOT NULL,
	CONSTRAINT "succession_slate_instansi_id_run_id_position_id_pk" PRIMARY KEY("instansi_id","run_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "talent_pool_decision" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "talent_pool_decision_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"employee_id" uuid NOT NULL,
	"pool_level" text NOT NULL,
	"keputusan" text NOT NULL,
	"alasan" text,
	"mapping_run_id" uuid,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_pool_decision_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "talent_pool_decision_level_check" CHECK ("talent_pool_decision"."pool_level" in ('JPT','ADMINISTRATOR','PENGAWAS')),
	CONSTRAINT "talent_pool_decision_kind_check" CHECK ("talent_pool_decision"."keputusan" in ('KONFIRMASI','TAMBAH','KELUARKAN')),
	CONSTRAINT "talent_pool_decision_reason_check" CHECK ("talent_pool_decision"."keputusan" = 'KONFIRMASI' or length(trim(coalesce("talent_pool_decision"."alasan", ''))) > 0)
);
--> statement-breakpoint
ALTER TABLE "succession_run" ADD CONSTRAINT "succession_run_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_slate" ADD CONSTRAINT "succession_slate_instansi_id_run_id_succession_run_instansi_id_id_fk" FOREIGN KEY ("instansi_id","run_id") REFERENCES "public"."succession_run"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_decision" ADD CONSTRAINT "talent_pool_decision_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_decision" ADD CONSTRAINT "talent_pool_decision_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "succession_run_mapping_idx" ON "succession_run" USING btree ("instansi_id","mapping_run_id","created_at");--> statement-breakpoint
CREATE INDEX "talent_pool_decision_person_idx" ON "talent_pool_decision" USING btree ("instansi_id","pool_level","employee_id");
--> statement-breakpoint
-- hand-written: pool decisions are never changed in place; a new decision supersedes (rules.md §4).
CREATE FUNCTION talenta_refuse_pool_decision_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'talent_pool_decision is append-only: record a new decision instead';
END $$;
--> statement-breakpoint
CREATE TRIGGER talent_pool_decision_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON talent_pool_decision
  FOR EACH STATEMENT EXECUTE FUNCTION talenta_refuse_pool_decision_change();
