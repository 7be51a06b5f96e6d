-- The online intake queue of a center: dossiers registered online for it and not yet accepted or
-- refused (status 1), oldest first. Few at any time, so the partial index stays small while the
-- table grows to millions.
CREATE INDEX dossier_registered_idx ON dossier (receiving_unit_id, registered_at) WHERE status = 1;
