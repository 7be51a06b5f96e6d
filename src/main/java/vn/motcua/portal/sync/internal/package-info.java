/**
 * The outbox's implementation: its SQL, the relay that delivers messages on every instance, the
 * HTTP client of the portal's sync endpoint, and the names the messages carry read through the
 * other capabilities' services.
 */
package vn.motcua.portal.sync.internal;
