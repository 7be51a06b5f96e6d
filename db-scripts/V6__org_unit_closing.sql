-- Units open and close: a reception point opens, a department is merged away. A closed unit is
-- kept, because dossiers, staff history and the audit refer to it; it no longer appears among
-- the service centers offered to citizens and portals.
ALTER TABLE org_unit ADD COLUMN closed_at timestamptz;
