package vn.motcua.security;

/**
 * The roles of the people who work in MotCua (DOMAIN.md, "People"). The constant names are the
 * group names the identity store returns and that {@code @RolesAllowed} and {@code web.xml} use.
 */
public enum Role {
  /** Receives dossiers at a counter and returns results. */
  RECEIVING_CLERK,
  /** Reviews dossiers in a settling agency. */
  SPECIALIST,
  /** Approves the work of specialists, assigns work in the unit. */
  HEAD,
  /** Signs results on behalf of the agency. */
  SIGNING_LEADER,
  /** Watches a service center's dossiers and dashboards. */
  CENTER_DIRECTOR,
  /** Keeps the organisation, the catalog and the calendar of the province. */
  PROVINCIAL_ADMIN,
  /** Reads the audit trail and verifies it. */
  AUDITOR;

  /**
   * Whether a person with this role works in one unit. The provincial administrator and the auditor
   * work for the whole province and may be placed in no unit; every other role needs one.
   */
  public boolean needsUnit() {
    return this != PROVINCIAL_ADMIN && this != AUDITOR;
  }

  /** The role names as strings, for annotations that need constants. */
  public static final class Names {
    public static final String RECEIVING_CLERK = "RECEIVING_CLERK";
    public static final String SPECIALIST = "SPECIALIST";
    public static final String HEAD = "HEAD";
    public static final String SIGNING_LEADER = "SIGNING_LEADER";
    public static final String CENTER_DIRECTOR = "CENTER_DIRECTOR";
    public static final String PROVINCIAL_ADMIN = "PROVINCIAL_ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private Names() {}
  }
}
