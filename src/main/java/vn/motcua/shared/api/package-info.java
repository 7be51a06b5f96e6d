/**
 * The REST application under {@code /api}: its OpenAPI description, the system endpoint, and the
 * gate that hides simulators of external systems outside demo and tests. Capabilities put their
 * resources in their own {@code api} packages.
 */
package vn.motcua.shared.api;
