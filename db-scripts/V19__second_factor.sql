-- A second factor (TOTP, RFC 6238) for the accounts that must have one: the provincial
-- administrators by default (motcua.login.second-factor-roles), and any account an administrator
-- marks. The secret is the shared key of the person's authenticator app (base32); the last step is
-- the 30-second time step of the last code accepted, so that a code seen over a shoulder cannot be
-- used again, on any instance (accepted by a conditional update).
ALTER TABLE app_user
    ADD COLUMN totp_secret            varchar(64),
    ADD COLUMN totp_last_step         bigint,
    ADD COLUMN second_factor_required boolean NOT NULL DEFAULT false;
