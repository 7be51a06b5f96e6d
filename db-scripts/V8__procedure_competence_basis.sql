-- Which address decides the competent commune of a commune-level procedure: the applicant's
-- (residence, civil status: where the person lives) or the subject's (land, construction: where
-- the parcel or the works are). Estimates by field, for an administrator to confirm per procedure.
ALTER TABLE procedure_version ADD COLUMN competence_basis varchar(20) NOT NULL
    DEFAULT 'APPLICANT_ADDRESS' CHECK (competence_basis IN ('APPLICANT_ADDRESS', 'SUBJECT_ADDRESS'));
ALTER TABLE procedure_version ALTER COLUMN competence_basis DROP DEFAULT;

UPDATE procedure_version SET competence_basis = 'SUBJECT_ADDRESS'
 WHERE field_code IN ('dat-dai', 'hoat-dong-xay-dung', 'nha-o-va-cong-so');
