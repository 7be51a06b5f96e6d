-- Every opening of personal data: who, when, which subject (a dossier, a center's tracking book),
-- and how (its page, a document, a slip). Kept apart from the audit trail, which records changes:
-- these rows are many more and read differently (by subject, by person). The application may only
-- add and read them.
CREATE TABLE personal_data_access (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at  timestamptz  NOT NULL,
    actor        varchar(64)  NOT NULL,
    subject_type varchar(32)  NOT NULL,
    subject_id   varchar(64)  NOT NULL,
    what         varchar(32)  NOT NULL
);
CREATE INDEX personal_data_access_subject_idx
    ON personal_data_access (subject_type, subject_id, accessed_at);
CREATE INDEX personal_data_access_actor_idx ON personal_data_access (actor, accessed_at);

REVOKE UPDATE, DELETE, TRUNCATE ON personal_data_access FROM "${application_role}";
