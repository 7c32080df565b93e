-- A published rule-set version never changes (rules.md: every result must be re-derivable from its rules).
CREATE FUNCTION talenta_refuse_published_rule_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'PUBLISHED' THEN
    RAISE EXCEPTION 'rule_set_version % is published and cannot change', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER rule_set_version_immutable BEFORE UPDATE OR DELETE ON rule_set_version
  FOR EACH ROW EXECUTE FUNCTION talenta_refuse_published_rule_change();
--> statement-breakpoint
-- The audit log is append-only: updates, deletes and truncation are refused. (A superuser can still drop
-- the trigger; the hash chain is what makes such tampering visible to `talenta audit verify`.)
CREATE FUNCTION talenta_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION talenta_refuse_audit_change();
