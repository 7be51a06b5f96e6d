/**
 * How the portal's requests are kept: idempotency keys with their replies, the portal's dossiers.
 */
package vn.motcua.portal.internal;
