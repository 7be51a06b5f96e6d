/**
 * Outbound sync with the National Public Service Portal: every dossier change writes its messages
 * (sync dossier, update progress) into a transactional outbox, and a cluster-safe relay delivers
 * them in order per dossier, with retries and a dead-letter state; every exchange with the portal
 * is logged. See docs/portal-sync.md.
 */
package vn.motcua.portal.sync;
