CREATE TABLE "import_file" (
	"instansi_id" integer NOT NULL,
	"import_id" uuid NOT NULL,
	"role" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "import_file_instansi_id_import_id_role_pk" PRIMARY KEY("instansi_id","import_id","role"),
	CONSTRAINT "import_file_role_check" CHECK ("import_file"."role" in ('UNGGAHAN','KESALAHAN'))
);
--> statement-breakpoint
CREATE TABLE "import_issue" (
	"instansi_id" integer NOT NULL,
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"row_number" integer NOT NULL,
	"severity" text NOT NULL,
	"column" text,
	"value" text,
	"code" text NOT NULL,
	"message" text NOT NULL,
	CONSTRAINT "import_issue_instansi_id_import_id_seq_pk" PRIMARY KEY("instansi_id","import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_job" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"percent" smallint DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"validation" jsonb,
	"result" jsonb,
	"error" text,
	"skip_invalid" boolean,
	"commit_started_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_job_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "import_job_status_check" CHECK ("import_job"."status" in ('MENUNGGU','MEMVALIDASI','TERVALIDASI','MENERAPKAN','DITERAPKAN','GAGAL')),
	CONSTRAINT "import_job_phase_check" CHECK ("import_job"."phase" in ('validasi','penerapan'))
);
--> statement-breakpoint
ALTER TABLE "import_file" ADD CONSTRAINT "import_file_instansi_id_import_id_import_job_instansi_id_id_fk" FOREIGN KEY ("instansi_id","import_id") REFERENCES "public"."import_job"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_issue" ADD CONSTRAINT "import_issue_instansi_id_import_id_import_job_instansi_id_id_fk" FOREIGN KEY ("instansi_id","import_id") REFERENCES "public"."import_job"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_job_recent_idx" ON "import_job" USING btree ("instansi_id","created_at");