/**
 * The National Public Service Portal's side of MotCua: online dossiers the portal submits (once per
 * idempotency key, whatever the retries), what the portal may read of them, supplements and
 * withdrawals the applicant sends through it. The REST face is {@code portal.api}; the outbound
 * sync of every change back to the portal is {@code portal.sync}.
 */
package vn.motcua.portal;
