package vn.motcua.portal.sync;

/**
 * A message ready for the outbox: for which dossier, which portal service, and the stored payload
 * ({@link PortalSyncContract#stored}).
 */
public record OutboxDraft(String dossierCode, String service, String payload) {

  /** The payload holds personal data: never in a log line. */
  @Override
  public String toString() {
    return "OutboxDraft[" + dossierCode + ", " + service + "]";
  }
}
