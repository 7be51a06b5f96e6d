-- JPA takes account ids in blocks of 10 and reads each value of app_user_seq as the last id of its
-- block, refusing a first value below 10. A database whose first account is made through the
-- application (no demo data, which takes values with SQL first) would fail on it: start at 10.
SELECT setval('app_user_seq', 10, false) FROM app_user_seq WHERE NOT is_called;
