/**
 * The REST API the National Public Service Portal calls, under {@code /api/v1/portal}: bearer
 * tokens signed by the portal, an {@code Idempotency-Key} on every request that changes anything,
 * and a precise problem detail for every refusal.
 */
package vn.motcua.portal.api;
