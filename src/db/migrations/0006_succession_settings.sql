CREATE TABLE "succession_setting" (
	"instansi_id" integer PRIMARY KEY NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "succession_setting_object_check" CHECK (jsonb_typeof("succession_setting"."settings") = 'object')
);
--> statement-breakpoint
ALTER TABLE "succession_candidate" ADD COLUMN "employee_instansi_id" integer;--> statement-breakpoint
ALTER TABLE "succession_slate" ADD COLUMN "emergency_instansi_id" integer;--> statement-breakpoint
ALTER TABLE "succession_setting" ADD CONSTRAINT "succession_setting_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_candidate" ADD CONSTRAINT "succession_candidate_employee_instansi_id_instansi_id_fk" FOREIGN KEY ("employee_instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_slate" ADD CONSTRAINT "succession_slate_emergency_instansi_id_instansi_id_fk" FOREIGN KEY ("emergency_instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;