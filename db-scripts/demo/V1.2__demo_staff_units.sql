-- Demo staff work in Hồng Gai ward (Hạ Long): the clerk and the director at its service center, the
-- specialist, head and signing leader at its People's Committee; the provincial administrator and
-- the auditor at the provincial center.
UPDATE app_user SET unit_id = (SELECT id FROM org_unit WHERE code = 'TTPVHCC-HONG-GAI')
 WHERE username IN ('clerk', 'director');
UPDATE app_user SET unit_id = (SELECT id FROM org_unit WHERE code = 'UBND-HONG-GAI')
 WHERE username IN ('specialist', 'head', 'leader');
UPDATE app_user SET unit_id = (SELECT id FROM org_unit WHERE code = 'TTPVHCC-TINH')
 WHERE username IN ('admin', 'auditor');
