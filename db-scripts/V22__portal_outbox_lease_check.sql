-- Only a message being sent has a lease: PENDING or FAILED. The relay marks a round's messages
-- sent by their ids and the round's holder alone (JpaOutboxRepository.sent), which is right only
-- while every other change of state clears the holder: this makes that rule the database's.
ALTER TABLE portal_outbox ADD CONSTRAINT portal_outbox_lease_ck
    CHECK (lease_holder IS NULL OR state IN ('PENDING', 'FAILED'));
