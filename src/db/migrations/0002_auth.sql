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
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_unit_id_unit_instansi_id_id_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_instansi_id_employee_id_employee_instansi_id_id_fk" FOREIGN KEY ("instansi_id","employee_id") REFERENCES "public"."employee"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_user_account_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_account_instansi_idx" ON "user_account" USING btree ("instansi_id","username");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");