/**
 * MicroProfile Health checks: the application is ready when its database is reachable and current.
 */
package vn.motcua.shared.health;
