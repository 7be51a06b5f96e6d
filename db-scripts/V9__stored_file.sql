-- Files received with dossiers (document capability). The content lies in the file store
-- (motcua.files.dir) under a name made from its SHA-256, never in the database and never under the
-- name it came with; a row is one file received: its hash, size, the type found in its content,
-- the name it came with (cleaned) and who gave it. The same content received twice is one file on
-- disk and two rows. Dossier documents will refer to stored_file.id.
-- EclipseLink takes ids (n - 49 .. n) for each value n the sequence gives, and refuses a first
-- value below the allocation size: start at 50.
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stored_file (
    id            bigint       PRIMARY KEY,
    sha256        char(64)     NOT NULL,
    size_bytes    bigint       NOT NULL,
    content_type  varchar(100) NOT NULL,
    original_name varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    created_by    varchar(64)  NOT NULL,
    CONSTRAINT stored_file_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT stored_file_size_ck CHECK (size_bytes > 0),
    -- The types the store accepts (FileStore); a new type needs a migration as well as code.
    CONSTRAINT stored_file_content_type_ck
        CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);

-- Whether any row refers to a file on disk: deduplication, rollback clean-up and the sweep.
CREATE INDEX stored_file_sha256_ix ON stored_file (sha256);
