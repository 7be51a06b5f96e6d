-- A dossier's documents and results point at stored files (document capability, V9): a row can
-- only name a file whose row committed with it, so no dossier points at nothing.
ALTER TABLE dossier_document ADD CONSTRAINT dossier_document_file_fk
    FOREIGN KEY (file_id) REFERENCES stored_file (id);
ALTER TABLE dossier_result ADD CONSTRAINT dossier_result_file_fk
    FOREIGN KEY (file_id) REFERENCES stored_file (id);
CREATE INDEX dossier_document_file_idx ON dossier_document (file_id) WHERE file_id IS NOT NULL;
