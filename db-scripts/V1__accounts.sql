-- Accounts of the people who sign in to MotCua's screens, and their roles (security capability).
CREATE SEQUENCE app_user_seq INCREMENT BY 10;

CREATE TABLE app_user (
    id            bigint       PRIMARY KEY,
    username      varchar(64)  NOT NULL,
    password_hash varchar(512) NOT NULL,
    full_name     varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_uk UNIQUE (username),
    CONSTRAINT app_user_username_ck CHECK (username ~ '^[a-z0-9._-]+$')
);

CREATE TABLE app_user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_ck CHECK (role IN ('RECEIVING_CLERK', 'SPECIALIST', 'HEAD',
        'SIGNING_LEADER', 'CENTER_DIRECTOR', 'PROVINCIAL_ADMIN', 'AUDITOR'))
);
