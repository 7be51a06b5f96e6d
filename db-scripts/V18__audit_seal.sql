-- Seals of the audit trail. A chain proves every row but its last ones: removing the newest rows
-- of a subject leaves a shorter chain that is still whole. A seal, written every few minutes, commits
-- to the head (last row's id, position and hash) of every chain changed since the previous seal and
-- to the previous seal's hash, so the verifier knows where each chain must at least reach, and the
-- seals form a chain of their own.
--
-- Kept apart from audit_event: a seal is no change of a subject, and the heads are many rows that
-- are read by subject (the latest sealed head of a chain) and by seal (to recompute its digest).

-- "Changed since the previous seal" must not miss a row whose transaction commits after a seal
-- started: row ids are handed out before commit, so a watermark on id would skip rows committed
-- late. Each row therefore keeps the id of the transaction that wrote it; a seal records the oldest
-- transaction still running when it began (every older one has ended, committed or not), and the
-- next seal reads from there. The column is filled by its default, so the application's insert does
-- not change; rows written before this migration keep null and are all read by the first seal.
-- Adding a nullable column and then a default rewrites nothing.
ALTER TABLE audit_event ADD COLUMN xact bigint;
ALTER TABLE audit_event ALTER COLUMN xact SET DEFAULT pg_current_xact_id()::text::bigint;
CREATE INDEX audit_event_xact_idx ON audit_event (xact);

CREATE TABLE audit_seal (
    seq          integer      PRIMARY KEY CHECK (seq >= 1),
    sealed_at    timestamptz  NOT NULL,
    -- The period a scheduled seal stands for (null for one an auditor asked for): unique, so that
    -- two instances of a cluster never both seal the same period.
    period       timestamptz,
    sealed_by    varchar(64)  NOT NULL,
    -- The oldest transaction still running when the seal began: the next seal reads from it.
    watermark    bigint       NOT NULL,
    heads        integer      NOT NULL CHECK (heads >= 0),
    heads_digest char(64)     NOT NULL,
    prev_hash    char(64),
    hash         char(64)     NOT NULL,
    CONSTRAINT audit_seal_period_uk UNIQUE (period),
    CONSTRAINT audit_seal_first_ck CHECK ((seq = 1) = (prev_hash IS NULL))
);

-- One chain head a seal commits to. Checked at commit, so that a seal writes its heads first and
-- then itself, with the digest of what was written.
CREATE TABLE audit_seal_head (
    seal_seq     integer      NOT NULL
        REFERENCES audit_seal (seq) DEFERRABLE INITIALLY DEFERRED,
    event_id     bigint       NOT NULL,
    subject_type varchar(32)  NOT NULL,
    subject_id   varchar(64)  NOT NULL,
    seq          integer      NOT NULL,
    hash         char(64)     NOT NULL,
    PRIMARY KEY (seal_seq, event_id)
);
-- The latest sealed head of a chain comes first in this index.
CREATE INDEX audit_seal_head_subject_idx ON audit_seal_head (subject_type, subject_id, seq DESC);

-- Locked like audit_event (V4, V15): the application may read and add, nobody may change or remove,
-- not even the owner without first disabling the trigger.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal, audit_seal_head FROM "${application_role}";

CREATE FUNCTION audit_seal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TRIGGER audit_seal_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_append_only();
CREATE TRIGGER audit_seal_head_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_seal_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_append_only();
