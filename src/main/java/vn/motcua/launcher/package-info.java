/**
 * Runs beside Payara Micro, never inside the WAR: starts the embedded PostgreSQL that MotCua uses
 * when no database is configured. The tests start the same database in-process.
 */
package vn.motcua.launcher;
