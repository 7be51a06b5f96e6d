-- Dossiers (dossier capability): what an applicant submitted for a procedure, the steps it goes
-- through in the agencies, its pauses, its history, and the measures taken when it ends.
-- The status column holds the national portal's status code itself (1-10, DOMAIN.md), so that no
-- mapping can drift between MotCua and the portal.

-- JPA allocates ids in blocks of 50 and reads each nextval as the last id of its block, so the
-- sequence starts at 50 (block 1-50).
CREATE SEQUENCE dossier_seq INCREMENT BY 50 START WITH 50;

-- The last sequence number given to a receiving unit on a day (Vietnam time). Incremented in the
-- transaction that receives the dossier: the row lock makes concurrent receptions on any number of
-- instances take turns, and a rolled-back reception gives its number back (no gaps).
CREATE TABLE dossier_code_counter (
    unit_id     bigint  NOT NULL REFERENCES org_unit (id),
    day         date    NOT NULL,
    last_number integer NOT NULL CHECK (last_number >= 1),
    PRIMARY KEY (unit_id, day)
);

CREATE TABLE dossier (
    id                     bigint        PRIMARY KEY,
    code                   varchar(40)   NOT NULL UNIQUE,
    procedure_version_id   bigint        NOT NULL REFERENCES procedure_version (id),
    procedure_code         varchar(20)   NOT NULL,
    field_code             varchar(80)   NOT NULL REFERENCES field (code),
    channel                varchar(8)    NOT NULL CHECK (channel IN ('COUNTER', 'ONLINE', 'POST')),
    status                 smallint      NOT NULL CHECK (status BETWEEN 1 AND 10),
    resolution             varchar(8)    CHECK (resolution IN ('GRANTED', 'REFUSED')),
    applicant_type         varchar(12)   NOT NULL CHECK (applicant_type IN ('CITIZEN', 'ORGANIZATION')),
    applicant_id_number    varchar(14)   NOT NULL,
    applicant_name         varchar(300)  NOT NULL,
    applicant_birth_date   date,
    applicant_gender       varchar(8)    CHECK (applicant_gender IN ('MALE', 'FEMALE')),
    applicant_address      varchar(500),
    applicant_address_unit varchar(8)    REFERENCES administrative_unit (code),
    applicant_phone        varchar(20),
    applicant_email        varchar(200),
    subject_address_unit   varchar(8)    REFERENCES administrative_unit (code),
    proxy_name             varchar(300),
    proxy_id_number        varchar(14),
    proxy_phone            varchar(20),
    receiving_unit_id      bigint        NOT NULL REFERENCES org_unit (id),
    return_unit_id         bigint        NOT NULL REFERENCES org_unit (id),
    return_method          varchar(12)   NOT NULL CHECK (return_method IN ('AT_CENTER', 'POST', 'ONLINE')),
    competent_unit_id      bigint        NOT NULL REFERENCES org_unit (id),
    sets                   integer       NOT NULL DEFAULT 1 CHECK (sets >= 1),
    registered_at          timestamptz   NOT NULL,
    received_at            timestamptz,
    -- The legal due instant (moved by pauses only) and the appointment promised to the applicant
    -- (moved by pauses and by an apology). Measures use the legal one.
    due_at                 timestamptz,
    appointment_at         timestamptz,
    -- The legal processing time in working minutes: the budget the deadline watch measures against.
    legal_minutes          integer       CHECK (legal_minutes > 0),
    paused_at              timestamptz,
    paused_minutes         integer       NOT NULL DEFAULT 0,
    finished_at            timestamptz,
    returned_at            timestamptz,
    closed_at              timestamptz,
    apologized             boolean       NOT NULL DEFAULT false,
    outcome                varchar(8)    CHECK (outcome IN ('EARLY', 'ON_TIME', 'LATE')),
    worked_minutes         integer,
    deadline_flag          varchar(8)    NOT NULL DEFAULT 'NONE'
        CHECK (deadline_flag IN ('NONE', 'DUE_SOON', 'OVERDUE')),
    changed_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT dossier_received_ck CHECK ((status IN (1, 3)) = (received_at IS NULL) OR status = 7),
    CONSTRAINT dossier_paused_ck CHECK ((status IN (5, 6)) = (paused_at IS NOT NULL)),
    CONSTRAINT dossier_resolved_ck CHECK ((status IN (9, 10)) = (resolution IS NOT NULL))
);
CREATE INDEX dossier_receiving_idx ON dossier (receiving_unit_id, registered_at);
CREATE INDEX dossier_applicant_idx ON dossier (applicant_id_number);
CREATE INDEX dossier_open_due_idx ON dossier (due_at) WHERE status IN (2, 4);
CREATE INDEX dossier_finished_idx ON dossier (finished_at) WHERE finished_at IS NOT NULL;

-- The steps of the internal process as this dossier goes through them. The plan is made at
-- reception from the procedure version; a step sent back is done again as a new row.
CREATE TABLE dossier_step (
    id             bigint       PRIMARY KEY,
    dossier_id     bigint       NOT NULL REFERENCES dossier (id),
    position       integer      NOT NULL CHECK (position >= 1),
    name           varchar(300) NOT NULL,
    performer_role varchar(32)  NOT NULL,
    unit_id        bigint       NOT NULL REFERENCES org_unit (id),
    assignee       varchar(64),
    budget_minutes integer      NOT NULL CHECK (budget_minutes > 0),
    state          varchar(12)  NOT NULL
        CHECK (state IN ('PLANNED', 'WAITING', 'IN_PROGRESS', 'DONE', 'SENT_BACK', 'CANCELLED')),
    arrived_at     timestamptz,
    started_at     timestamptz,
    due_at         timestamptz,
    paused_minutes integer      NOT NULL DEFAULT 0,
    finished_at    timestamptz,
    outcome        varchar(8)   CHECK (outcome IN ('EARLY', 'ON_TIME', 'LATE')),
    used_minutes   integer,
    deadline_flag  varchar(8)   NOT NULL DEFAULT 'NONE'
        CHECK (deadline_flag IN ('NONE', 'DUE_SOON', 'OVERDUE'))
);
CREATE INDEX dossier_step_dossier_idx ON dossier_step (dossier_id);
-- The work inbox: a unit's open steps for a role, soonest due first.
CREATE INDEX dossier_step_inbox_idx ON dossier_step (unit_id, performer_role, due_at)
    WHERE state IN ('WAITING', 'IN_PROGRESS');
CREATE INDEX dossier_step_assignee_idx ON dossier_step (assignee, due_at)
    WHERE state IN ('WAITING', 'IN_PROGRESS');

-- The documents of the dossier against the procedure's checklist, and how each was provided.
CREATE TABLE dossier_document (
    id               bigint        PRIMARY KEY,
    dossier_id       bigint        NOT NULL REFERENCES dossier (id),
    position         integer       NOT NULL,
    requirement_code varchar(40),
    name             varchar(1000) NOT NULL,
    provision        varchar(20)   NOT NULL CHECK (provision IN ('ORIGINAL', 'COPY', 'SHOWN',
                         'DIGITISED', 'REUSED', 'NATIONAL_DATABASE')),
    file_id          bigint,
    reused_from_id   bigint        REFERENCES dossier_document (id),
    supplement_round integer       NOT NULL DEFAULT 0,
    added_at         timestamptz   NOT NULL
);
CREATE INDEX dossier_document_dossier_idx ON dossier_document (dossier_id);

CREATE TABLE dossier_fee (
    id         bigint         PRIMARY KEY,
    dossier_id bigint         NOT NULL REFERENCES dossier (id),
    position   integer        NOT NULL,
    name       varchar(300)   NOT NULL,
    amount     numeric(14, 0) NOT NULL CHECK (amount >= 0),
    quantity   integer        NOT NULL CHECK (quantity >= 1),
    total      numeric(14, 0) NOT NULL CHECK (total >= 0)
);
CREATE INDEX dossier_fee_dossier_idx ON dossier_fee (dossier_id);

-- Supplement and financial obligation requests: the clock stops from requested_at to resumed_at.
CREATE TABLE dossier_pause (
    id             bigint      PRIMARY KEY,
    dossier_id     bigint      NOT NULL REFERENCES dossier (id),
    kind           varchar(12) NOT NULL CHECK (kind IN ('SUPPLEMENT', 'OBLIGATION')),
    reason         text        NOT NULL,
    resume_status  smallint    NOT NULL,
    requested_at   timestamptz NOT NULL,
    requested_by   varchar(64) NOT NULL,
    resumed_at     timestamptz,
    paused_minutes integer
);
CREATE INDEX dossier_pause_dossier_idx ON dossier_pause (dossier_id);

CREATE TABLE dossier_result (
    id         bigint        PRIMARY KEY,
    dossier_id bigint        NOT NULL REFERENCES dossier (id),
    position   integer       NOT NULL,
    name       varchar(1000) NOT NULL,
    number     varchar(60),
    file_id    bigint
);
CREATE INDEX dossier_result_dossier_idx ON dossier_result (dossier_id);

-- The history: every transition, who made it, in which unit, when, and why.
CREATE TABLE dossier_transition (
    id          bigint      PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id),
    at          timestamptz NOT NULL,
    actor       varchar(64) NOT NULL,
    unit_id     bigint      REFERENCES org_unit (id),
    action      varchar(32) NOT NULL,
    from_status smallint,
    to_status   smallint    NOT NULL,
    step_id     bigint,
    note        text
);
CREATE INDEX dossier_transition_dossier_idx ON dossier_transition (dossier_id);
