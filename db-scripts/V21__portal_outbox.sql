-- Outbound sync with the National Public Service Portal (docs/portal-sync.md).
--
-- portal_outbox: the transactional outbox. A dossier change inserts its messages here in its own
-- transaction (a change that rolls back leaves none); the relay on every instance of a cluster
-- delivers them later, oldest first per dossier. The payload is built at write time and stored as
-- text, so a later change never alters an earlier message; it holds personal data (the portal needs
-- it) and never goes into a log line. The session token and the unit code are added when sending:
-- no secret is stored here.
CREATE TABLE portal_outbox (
    id              bigserial    PRIMARY KEY,
    dossier_code    varchar(64)  NOT NULL,
    service         varchar(32)  NOT NULL,
    payload         text         NOT NULL,
    payload_sha256  char(64)     NOT NULL,
    -- PENDING: not yet tried; FAILED: tried, waiting for its next attempt; SENT: the portal said
    -- success; DEAD: given up after the last attempt, holding its dossier's later messages until an
    -- administrator retries it; DISCARDED: an administrator gave a dead message up for good.
    state           varchar(16)  NOT NULL DEFAULT 'PENDING',
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    -- The relay instance sending it now and until when (a row lease): another instance leaves it
    -- alone until the lease expires, so a message is sent by one instance at a time, and one whose
    -- sender died is sent again after its lease.
    lease_holder    varchar(100),
    lease_until     timestamptz,
    -- Why the last attempt failed: HTTP status, the portal's error code or the kind of failure;
    -- never a body or personal data.
    last_error      varchar(200),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CONSTRAINT portal_outbox_state_ck
        CHECK (state IN ('PENDING', 'FAILED', 'SENT', 'DEAD', 'DISCARDED')),
    CONSTRAINT portal_outbox_service_ck
        CHECK (service IN ('DongBoHoSoMC', 'CapNhatTienDoHoSoMC')),
    CONSTRAINT portal_outbox_sent_ck CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
);

-- The relay's pick: messages still to be tried, in id order. Small whatever the table's size, as
-- sent messages leave it.
CREATE INDEX portal_outbox_due_idx ON portal_outbox (id) WHERE state IN ('PENDING', 'FAILED');
-- "Is an earlier message of this dossier still unsent?" (order per dossier), and the admin screen's
-- search by dossier code among the unsent.
CREATE INDEX portal_outbox_unsent_idx ON portal_outbox (dossier_code, id)
    WHERE state IN ('PENDING', 'FAILED', 'DEAD');
-- The admin screen: all messages of one dossier, and those of one state newest first.
CREATE INDEX portal_outbox_dossier_idx ON portal_outbox (dossier_code, id);
CREATE INDEX portal_outbox_state_idx ON portal_outbox (state, id);

-- portal_exchange: every exchange with the portal, out (each delivery attempt) and in (each call
-- of MotCua's inbound API): which message, which service or path, the SHA-256 of the bytes sent or
-- received, when, and how it ended. Never the payload itself. Append-only, like audit_event.
CREATE TABLE portal_exchange (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    direction      varchar(3)   NOT NULL CHECK (direction IN ('OUT', 'IN')),
    -- OUT: the outbox message's id; IN: the id the caller gave its message (or MotCua's own).
    message_id     varchar(100) NOT NULL,
    -- OUT: the portal service (DongBoHoSoMC, CapNhatTienDoHoSoMC); IN: the path called.
    service        varchar(200) NOT NULL,
    payload_sha256 char(64)     NOT NULL,
    exchanged_at   timestamptz  NOT NULL DEFAULT now(),
    -- The HTTP status answered (none when no answer came), the portal's error code if any.
    http_status    integer,
    error_code     varchar(32),
    -- OK, REFUSED (an error code other than success), HTTP_ERROR, TIMEOUT, CONNECTION, MALFORMED
    -- (an answer that breaks the contract), or for IN what the inbound API says.
    result         varchar(32)  NOT NULL,
    duration_ms    integer
);
CREATE INDEX portal_exchange_message_idx ON portal_exchange (direction, message_id);
CREATE INDEX portal_exchange_time_idx ON portal_exchange (exchanged_at);

-- The application's role may read and add exchanges, never change or remove them (V15's pattern),
-- and the trigger refuses it even to the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON portal_exchange FROM "${application_role}";

CREATE FUNCTION portal_exchange_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'portal_exchange is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER portal_exchange_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON portal_exchange
    FOR EACH STATEMENT EXECUTE FUNCTION portal_exchange_append_only();

-- The outbox is the application's to update (states, leases); it never deletes messages. Tables and
-- sequences get their rights from V15's default privileges; the bigserial's sequence is owned by the
-- table and covered by them too.
REVOKE DELETE, TRUNCATE ON portal_outbox FROM "${application_role}";
