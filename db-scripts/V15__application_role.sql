-- The application's role (motcua.db.user, passed as a placeholder) works on rows, never on the
-- schema: it does not own the tables, so it can neither drop them nor disable a trigger. On the
-- audit trail it may only read and add rows; with the append-only trigger, a row once written
-- cannot be changed or removed except by the owner, whom the application never connects as.
-- When one role does both (motcua.db.owner not set), these statements only take the trail's
-- UPDATE, DELETE and TRUNCATE rights from that role, and the trigger remains the guard.
GRANT USAGE ON SCHEMA public TO "${application_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${application_role}";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "${application_role}";
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM "${application_role}";
-- Flyway's history is the owner's business (unless the owner is the application's role).
DO $$
BEGIN
    IF current_user <> '${application_role}' THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history
            FROM "${application_role}";
    END IF;
END
$$;

-- Tables and sequences of later migrations (created by the owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${application_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "${application_role}";
