-- The national portal's requests (issue 7). portal_dossier says which dossiers the portal submitted,
-- under its own reference: the portal reads and acts on those only. portal_request keeps each
-- request the portal sent with an Idempotency-Key, the SHA-256 of its body and the reply it got, so
-- that the same request again gets the same reply and never a second dossier. The key's row is
-- inserted first in the request's transaction: a second request with the same key waits on the
-- primary key until the first commits (then replays its reply) or rolls back (then does the work).
CREATE TABLE portal_dossier (
    dossier_code     varchar(40)  PRIMARY KEY REFERENCES dossier (code),
    portal_reference varchar(100) NOT NULL UNIQUE,
    submitted_at     timestamptz  NOT NULL
);

CREATE TABLE portal_request (
    idempotency_key  varchar(100) PRIMARY KEY,
    operation        varchar(16)  NOT NULL CHECK (operation IN ('SUBMIT', 'SUPPLEMENT', 'WITHDRAW')),
    -- The dossier acted on; for a submission, the dossier it made.
    dossier_code     varchar(40),
    request_sha256   char(64)     NOT NULL,
    response_status  integer,
    response_location varchar(200),
    response_body    text,
    received_at      timestamptz  NOT NULL
);

-- Replies are kept as long as dossiers: the application adds and completes them, never removes any.
REVOKE DELETE, TRUNCATE ON portal_dossier, portal_request FROM "${application_role}";
