package vn.motcua.security;

/**
 * The National Public Service Portal as a caller of MotCua's inbound API ({@value #API_PATH}): a
 * system, not a member of staff, authenticated by a bearer token the portal signs
 * (docs/security.md, "Portal API"). It has one role, which no staff {@link Role} is and no login
 * form grants; resources of that API say {@code @RolesAllowed(PortalCaller.ROLE)}.
 */
public final class PortalCaller {

  /** The role of the portal's requests, and the group its tokens must carry ({@code groups}). */
  public static final String ROLE = "portal";

  /** The audience ({@code aud}) the portal's tokens must name: MotCua. */
  public static final String AUDIENCE = "motcua";

  /**
   * The portal's API, as the container maps it: only here are bearer tokens read, and only tokens
   * are accepted here.
   */
  public static final String API_PATH = "/api/v1/portal";

  private PortalCaller() {}
}
