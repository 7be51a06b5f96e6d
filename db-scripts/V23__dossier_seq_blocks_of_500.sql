-- A dossier and its parts (steps, documents, fees, history) take about nine ids of dossier_seq,
-- so a block of 50 lasted five or six dossiers. EclipseLink takes a new block under one lock that
-- every thread needing an id waits on, for a round trip to the database: at 300 online submissions
-- a second that was some 50 waits a second, 5 % of the server's CPU in lock hand-offs alone. A
-- block of 500 lasts about 55 dossiers. The JPA allocation size (Dossier) is the same 500.
ALTER SEQUENCE dossier_seq INCREMENT BY 500;
-- EclipseLink reads each value as the last id of a block and refuses a value below the block's
-- size: the next value is past every id taken so far, and at least 500 on a new database.
SELECT setval('dossier_seq', greatest(last_value, 50), true) FROM dossier_seq;
