-- The audit trail (shared): every change of state or data, append-only. Each row carries a SHA-256
-- hash chained to the previous row of the same subject (a dossier, a calendar day...), so that a row
-- changed or removed behind the application's back breaks its chain, and so that chains of
-- different subjects never wait for each other.
CREATE TABLE audit_event (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(64)  NOT NULL,
    action       varchar(64)  NOT NULL,
    subject_type varchar(32)  NOT NULL,
    subject_id   varchar(64)  NOT NULL,
    seq          integer      NOT NULL CHECK (seq >= 1),
    before_state text,
    after_state  text,
    prev_hash    char(64),
    hash         char(64)     NOT NULL,
    CONSTRAINT audit_event_chain_uk UNIQUE (subject_type, subject_id, seq),
    CONSTRAINT audit_event_first_ck CHECK ((seq = 1) = (prev_hash IS NULL))
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END
$$;

-- Statement-level, so that even an UPDATE or DELETE that matches no row is refused.
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
