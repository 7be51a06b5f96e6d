-- The province's working calendar (catalog): the weekdays on which offices are closed and the
-- Saturdays or Sundays on which they work. Every other Monday-Friday is a working day.
CREATE TABLE calendar_day (
    day     date         PRIMARY KEY,
    kind    varchar(16)  NOT NULL,
    name    varchar(200) NOT NULL,
    version bigint       NOT NULL DEFAULT 0,
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    -- A day off is a weekday, a make-up working day a Saturday or Sunday: anything else changes nothing.
    CONSTRAINT calendar_day_weekday_ck CHECK ((kind = 'DAY_OFF') = (extract(isodow FROM day) < 6)),
    CONSTRAINT calendar_day_name_ck CHECK (length(trim(name)) > 0)
);

-- Every instance keeps the calendar in memory and polls this revision to reload it after a change,
-- whoever made the change (the admin console on another instance, or SQL).
CREATE TABLE calendar_revision (
    id       smallint PRIMARY KEY CHECK (id = 1),
    revision bigint   NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);

CREATE FUNCTION calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER calendar_day_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_changed();

-- 2026, from the Government's decisions as reported (shared/data/holidays/vietnam-2026.csv and its
-- PROVENANCE.md). Reference data for every environment; the administrator keeps later years.
INSERT INTO calendar_day (day, kind, name) VALUES
    ('2026-01-01', 'DAY_OFF', 'Tết Dương lịch (New Year)'),
    ('2026-01-02', 'DAY_OFF', 'Tết Dương lịch - swapped with Saturday 2026-01-10'),
    ('2026-01-10', 'WORKING_DAY', 'Make-up working Saturday for 2026-01-02'),
    ('2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-04-27', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (falls on Sunday 2026-04-26; compensatory day)'),
    ('2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng (Reunification Day)'),
    ('2026-05-01', 'DAY_OFF', 'Quốc tế Lao động (Labour Day)'),
    ('2026-08-22', 'WORKING_DAY', 'Make-up working Saturday for 2026-08-31'),
    ('2026-08-31', 'DAY_OFF', 'Quốc khánh - swapped with Saturday 2026-08-22'),
    ('2026-09-01', 'DAY_OFF', 'Quốc khánh (National Day)'),
    ('2026-09-02', 'DAY_OFF', 'Quốc khánh (National Day)');
