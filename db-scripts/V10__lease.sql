-- Leases (shared): which instance of a cluster runs a periodic job (the deadline watch, later the
-- outbox relay) until when. Taken and renewed with one conditional upsert on the database's own
-- clock, so two instances never hold the same lease and a dead holder's lease simply expires.
CREATE TABLE lease (
    name       varchar(64)  PRIMARY KEY,
    holder     varchar(100) NOT NULL,
    expires_at timestamptz  NOT NULL
);
