CREATE TABLE "instansi" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instansi_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"induk_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_unique" UNIQUE("kode"),
	CONSTRAINT "instansi_jenis_check" CHECK ("instansi"."jenis" in ('PROVINSI','KABUPATEN','KOTA','KEMENTERIAN','LEMBAGA')),
	CONSTRAINT "instansi_kode_check" CHECK ("instansi"."kode" ~ '^[A-Za-z0-9._-]{1,32}$')
);
--> statement-breakpoint
CREATE TABLE "unit" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unor_id" text NOT NULL,
	"nama" text NOT NULL,
	"parent_id" uuid,
	"eselon" text,
	"nama_jabatan" text,
	"path" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "unit_unor_id_key" UNIQUE("instansi_id","unor_id")
);
--> statement-breakpoint
CREATE TABLE "position" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"jenjang" text NOT NULL,
	"eselon" text,
	"min_golongan" text,
	"min_pendidikan" text,
	"standar_kompetensi" jsonb,
	"is_key" boolean DEFAULT false NOT NULL,
	"alasan_kritikal" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "position_kode_key" UNIQUE("instansi_id","kode"),
	CONSTRAINT "position_jenjang_check" CHECK ("position"."jenjang" in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL_AHLI_UTAMA','FUNGSIONAL_AHLI_MADYA','FUNGSIONAL_AHLI_MUDA','FUNGSIONAL_AHLI_PERTAMA','FUNGSIONAL_KETERAMPILAN')),
	CONSTRAINT "position_min_pendidikan_check" CHECK ("position"."min_pendidikan" is null or "position"."min_pendidikan" in ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3'))
);
--> statement-breakpoint
CREATE TABLE "award" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"tahun" smallint NOT NULL,
	"nomor_sk" text,
	CONSTRAINT "award_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "award_key" UNIQUE("instansi_id","employee_id","nama","tahun")
);
--> statement-breakpoint
CREATE TABLE "education" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"tingkat" text NOT NULL,
	"nama" text,
	"tahun_lulus" smallint NOT NULL,
	CONSTRAINT "education_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "education_key" UNIQUE("instansi_id","employee_id","tingkat","tahun_lulus"),
	CONSTRAINT "education_tingkat_check" CHECK ("education"."tingkat" in ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3'))
);
--> statement-breakpoint
CREATE TABLE "employee" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"tgl_lahir" date,
	"jenis_kelamin" text,
	"jenis_pegawai" text NOT NULL,
	"kedudukan" text,
	"golongan" text,
	"tmt_golongan" date,
	"pendidikan" text,
	"pendidikan_nama" text,
	"unit_id" uuid,
	"position_id" uuid,
	"jabatan_nama" text NOT NULL,
	"jenis_jabatan_id" smallint,
	"eselon" text,
	"jenjang" text NOT NULL,
	"tmt_jabatan" date,
	"tmt_cpns" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "employee_nip_key" UNIQUE("instansi_id","nip"),
	CONSTRAINT "employee_jenis_pegawai_check" CHECK ("employee"."jenis_pegawai" in ('PNS','PPPK')),
	CONSTRAINT "employee_jenis_kelamin_check" CHECK ("employee"."jenis_kelamin" is null or "employee"."jenis_kelamin" in ('L','P')),
	CONSTRAINT "employee_jenjang_check" CHECK ("employee"."jenjang" in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL_AHLI_UTAMA','FUNGSIONAL_AHLI_MADYA','FUNGSIONAL_AHLI_MUDA','FUNGSIONAL_AHLI_PERTAMA','FUNGSIONAL_KETERAMPILAN')),
	CONSTRAINT "employee_pendidikan_check" CHECK ("employee"."pendidikan" is null or "employee"."pendidikan" in ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3'))
);
--> statement-breakpoint
CREATE TABLE "position_history" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"jabatan_nama" text NOT NULL,
	"jenis_jabatan_id" smallint,
	"eselon" text,
	"jenjang" text NOT NULL,
	"unor_nama" text,
	"tmt_jabatan" date NOT NULL,
	CONSTRAINT "position_history_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "position_history_key" UNIQUE("instansi_id","employee_id","tmt_jabatan"),
	CONSTRAINT "position_history_jenjang_check" CHECK ("position_history"."jenjang" in ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL_AHLI_UTAMA','FUNGSIONAL_AHLI_MADYA','FUNGSIONAL_AHLI_MUDA','FUNGSIONAL_AHLI_PERTAMA','FUNGSIONAL_KETERAMPILAN'))
);
--> statement-breakpoint
CREATE TABLE "rank_history" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"golongan" text NOT NULL,
	"tmt_golongan" date NOT NULL,
	CONSTRAINT "rank_history_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "rank_history_key" UNIQUE("instansi_id","employee_id","tmt_golongan")
);
--> statement-breakpoint
CREATE TABLE "sanction" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"tingkat" text NOT NULL,
	"jenis" text,
	"nomor_sk" text,
	"tanggal_sk" date NOT NULL,
	"tmt_mulai" date,
	"tmt_selesai" date,
	"kunci" text NOT NULL,
	CONSTRAINT "sanction_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "sanction_key" UNIQUE("instansi_id","employee_id","kunci"),
	CONSTRAINT "sanction_tingkat_check" CHECK ("sanction"."tingkat" in ('RINGAN','SEDANG','BERAT'))
);
--> statement-breakpoint
CREATE TABLE "training" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"jenis" text,
	"penyelenggara" text,
	"tanggal_mulai" date NOT NULL,
	"tanggal_selesai" date,
	"jp" integer NOT NULL,
	"biaya" integer,
	CONSTRAINT "training_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "training_key" UNIQUE("instansi_id","employee_id","nama","tanggal_mulai"),
	CONSTRAINT "training_jp_check" CHECK ("training"."jp" >= 0)
);
--> statement-breakpoint
CREATE TABLE "competency_assessment" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"lembaga" text,
	"integritas" numeric(4, 2) NOT NULL,
	"kerjasama" numeric(4, 2) NOT NULL,
	"komunikasi" numeric(4, 2) NOT NULL,
	"orientasi_pada_hasil" numeric(4, 2) NOT NULL,
	"pelayanan_publik" numeric(4, 2) NOT NULL,
	"pengembangan_diri_dan_orla" numeric(4, 2) NOT NULL,
	"mengelola_perubahan" numeric(4, 2) NOT NULL,
	"pengambilan_keputusan" numeric(4, 2) NOT NULL,
	"perekat_bangsa" numeric(4, 2) NOT NULL,
	"jpm" numeric(6, 2),
	CONSTRAINT "competency_assessment_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "competency_assessment_key" UNIQUE("instansi_id","employee_id","tanggal")
);
--> statement-breakpoint
CREATE TABLE "potential_assessment" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"lembaga" text,
	"total" numeric(5, 2),
	"intelektual" numeric(4, 2),
	"interpersonal" numeric(4, 2),
	"kesadaran_diri" numeric(4, 2),
	"berfikir_kritis" numeric(4, 2),
	"pemecahan_masalah" numeric(4, 2),
	"kecerdasan_emosional" numeric(4, 2),
	"growth_mindset" numeric(4, 2),
	"motivasi_komitmen" numeric(4, 2),
	CONSTRAINT "potential_assessment_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "potential_assessment_key" UNIQUE("instansi_id","employee_id","tanggal"),
	CONSTRAINT "potential_total_check" CHECK ("potential_assessment"."total" is null or ("potential_assessment"."total" >= 0 and "potential_assessment"."total" <= 100))
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"hasil_kerja" text NOT NULL,
	"perilaku_kerja" text NOT NULL,
	"predikat" text NOT NULL,
	"predikat_derived" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "skp_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "skp_key" UNIQUE("instansi_id","employee_id","tahun"),
	CONSTRAINT "skp_hasil_check" CHECK ("skp"."hasil_kerja" in ('DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI')),
	CONSTRAINT "skp_perilaku_check" CHECK ("skp"."perilaku_kerja" in ('DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI')),
	CONSTRAINT "skp_predikat_check" CHECK ("skp"."predikat" in ('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG'))
);
--> statement-breakpoint
CREATE TABLE "mapping_result" (
	"instansi_id" integer NOT NULL,
	"run_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"status" text NOT NULL,
	"box" smallint,
	"predikat" text,
	"performance_score" double precision,
	"performance_level" text,
	"competency_score" double precision,
	"potential_assessment_score" double precision,
	"track_record_score" double precision,
	"potential_score" double precision,
	"potential_level" text,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"warnings" text[] DEFAULT '{}'::text[] NOT NULL,
	"jenjang" text,
	"pendidikan" text,
	"minimum_education" text,
	"skp_years" text NOT NULL,
	"skp_predikat" text NOT NULL,
	"competency_assessment_id" uuid,
	"competency_assessment_date" date,
	"potential_assessment_id" uuid,
	"potential_assessment_date" date,
	"potential_dimensions_used" smallint NOT NULL,
	"standard_source" text,
	"standard_sum" double precision,
	"training_jp" double precision NOT NULL,
	"years_in_position" double precision,
	"sanctions_ringan" smallint NOT NULL,
	"sanctions_sedang" smallint NOT NULL,
	"sanctions_berat" smallint NOT NULL,
	"track_record_education" double precision,
	"track_record_training" double precision NOT NULL,
	"track_record_experience" double precision NOT NULL,
	"track_record_discipline" double precision NOT NULL,
	CONSTRAINT "mapping_result_instansi_id_run_id_employee_id_pk" PRIMARY KEY("instansi_id","run_id","employee_id"),
	CONSTRAINT "mapping_result_status_check" CHECK ("mapping_result"."status" in ('DIPETAKAN','TIDAK_DIPETAKAN')),
	CONSTRAINT "mapping_result_box_check" CHECK ("mapping_result"."box" is null or "mapping_result"."box" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "mapping_run" (
	"instansi_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode" smallint NOT NULL,
	"rule_set_version_id" uuid NOT NULL,
	"rule_set_hash" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"summary" jsonb,
	"created_by" text,
	CONSTRAINT "mapping_run_instansi_id_id_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "mapping_run_status_check" CHECK ("mapping_run"."status" in ('DRAFT','PUBLISHED','SUPERSEDED'))
);
--> statement-breakpoint
CREATE TABLE "rule_set" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" integer,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_set_kode_key" UNIQUE NULLS NOT DISTINCT("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "rule_set_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "rule_set_version_key" UNIQUE("rule_set_id","version"),
	CONSTRAINT "rule_set_version_status_check" CHECK ("rule_set_version"."status" in ('DRAFT','PUBLISHED'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"instansi_id" integer,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"nama" text,
	"role" text NOT NULL,
	"instansi_id" integer NOT NULL,
	"unit_id" uuid,
	"employee_id" uuid,
	"password_hash" text NOT NULL,
	"status" text DEFAULT 'AKTIF' NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"failed_attempts" smallint DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_account_username_unique" UNIQUE("username"),
	CONSTRAINT "user_account_role_check" CHECK ("user_account"."role" in ('ADMIN_PROVINSI','ADMIN_INSTANSI','KOMITE_TALENTA','PPK','PIMPINAN_UNIT','PEGAWAI','AUDITOR')),
	CONSTRAINT "user_account_status_check" CHECK ("user_account"."status" in ('AKTIF','NONAKTIF')),
	CONSTRAINT "user_account_username_check" CHECK ("user_account"."username" ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instansi" ADD CONSTRAINT "instansi_induk_id_instansi_id_fk" FOREIGN KEY ("induk_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit" ADD CONSTRAINT "unit_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit" ADD CONSTRAINT "unit_instansi_id_parent_id_unit_instansi_id_id_fk" FOREIGN KEY ("instansi_id","parent_id") REFERENCES "public"."unit"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position" ADD CONSTRAINT "position_instansi_id_unit_id_unit_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award" ADD CONSTRAINT "award_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee" ADD CONSTRAINT "employee_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee" ADD CONSTRAINT "employee_instansi_id_unit_id_unit_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee" ADD CONSTRAINT "employee_instansi_id_position_id_position_instansi_id_id_fk" FOREIGN KEY ("instansi_id","position_id") REFERENCES "public"."position"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_history" ADD CONSTRAINT "rank_history_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rank_history" ADD CONSTRAINT "rank_history_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training" ADD CONSTRAINT "training_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training" ADD CONSTRAINT "training_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessment" ADD CONSTRAINT "competency_assessment_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessment" ADD CONSTRAINT "competency_assessment_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "potential_assessment" ADD CONSTRAINT "potential_assessment_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "potential_assessment" ADD CONSTRAINT "potential_assessment_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_run" ADD CONSTRAINT "mapping_run_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_run" ADD CONSTRAINT "mapping_run_rule_set_version_id_rule_set_version_id_fk" FOREIGN KEY ("rule_set_version_id") REFERENCES "public"."rule_set_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_set" ADD CONSTRAINT "rule_set_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_set_version" ADD CONSTRAINT "rule_set_version_rule_set_id_rule_set_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."rule_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_unit_id_unit_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_user_account_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_path_idx" ON "unit" USING btree ("instansi_id","path");--> statement-breakpoint
CREATE INDEX "employee_unit_idx" ON "employee" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE INDEX "employee_position_idx" ON "employee" USING btree ("instansi_id","position_id");--> statement-breakpoint
CREATE INDEX "training_year_idx" ON "training" USING btree ("instansi_id","tanggal_selesai");--> statement-breakpoint
CREATE UNIQUE INDEX "mapping_run_one_published" ON "mapping_run" USING btree ("instansi_id","periode") WHERE status = 'PUBLISHED';--> statement-breakpoint
CREATE INDEX "mapping_run_periode_idx" ON "mapping_run" USING btree ("instansi_id","periode");--> statement-breakpoint
CREATE INDEX "audit_log_instansi_idx" ON "audit_log" USING btree ("instansi_id","seq");--> statement-breakpoint
CREATE INDEX "user_account_instansi_idx" ON "user_account" USING btree ("instansi_id","username");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");