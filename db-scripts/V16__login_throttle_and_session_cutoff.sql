-- Failed logins, counted per login name (known or not, so that a block reveals nothing about which
-- names exist) and per client address, shared by every instance of a cluster. A row lives while
-- its key keeps failing; a success clears the login name's row.
CREATE TABLE login_throttle (
    key           varchar(200) PRIMARY KEY,   -- 'account:<login name>' or 'address:<IP>'
    failures      integer      NOT NULL CHECK (failures >= 1),
    last_failure  timestamptz  NOT NULL,
    blocked_until timestamptz
);

-- A session remembers the generation its login saw; logout, disabling the account and resetting
-- its password move the generation on, which ends every session of the account, on every
-- instance, at its next request. A counter rather than an instant: clocks of a cluster differ.
ALTER TABLE app_user ADD COLUMN session_generation integer NOT NULL DEFAULT 0;
