package vn.motcua.portal;

/**
 * A reply to the portal as it is kept for its idempotency key, so that the same request again gets
 * the same bytes: the status, the {@code Location} (or null) and the JSON body.
 */
public record PortalReply(int status, String location, String body) {}
