CREATE TABLE "mapping_job" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode" smallint NOT NULL,
	"rule_set" text,
	"publish" boolean NOT NULL,
	"status" text NOT NULL,
	"phase" text,
	"percent" smallint DEFAULT 0 NOT NULL,
	"employees" integer DEFAULT 0 NOT NULL,
	"run_id" uuid,
	"result" jsonb,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mapping_job_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "mapping_job_status_check" CHECK ("mapping_job"."status" in ('MENUNGGU','BERJALAN','SELESAI','GAGAL'))
);
--> statement-breakpoint
ALTER TABLE "mapping_job" ADD CONSTRAINT "mapping_job_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mapping_job_recent_idx" ON "mapping_job" USING btree ("instansi_id","created_at");