ALTER TABLE "mapping_result" ADD COLUMN "jenjang" text;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "pendidikan" text;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "minimum_education" text;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "skp_years" text NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "skp_predikat" text NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "competency_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "competency_assessment_date" date;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "potential_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "potential_assessment_date" date;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "potential_dimensions_used" smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "standard_source" text;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "standard_sum" double precision;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "training_jp" double precision NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "years_in_position" double precision;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "sanctions_ringan" smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "sanctions_sedang" smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "sanctions_berat" smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "track_record_education" double precision;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "track_record_training" double precision NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "track_record_experience" double precision NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" ADD COLUMN "track_record_discipline" double precision NOT NULL;--> statement-breakpoint
ALTER TABLE "mapping_result" DROP COLUMN "inputs";