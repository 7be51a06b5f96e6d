/**
 * The REST application under {@code /api}: its OpenAPI description and the system endpoint.
 * Capabilities put their resources in their own {@code api} packages.
 */
package vn.motcua.shared.api;
