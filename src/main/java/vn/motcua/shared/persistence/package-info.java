/**
 * The database: the application's datasource, the schema migrations of {@code db-scripts/} run by
 * Flyway before JPA is used, and the demo data that demo mode loads once into an empty database.
 */
package vn.motcua.shared.persistence;
