package vn.motcua.portal.sync;

/**
 * A message the relay took to send now, under its row lease: its id (the idempotency key), dossier,
 * service, stored payload, and the attempts made before this one.
 */
public record Claimed(long id, String dossierCode, String service, String payload, int attempts) {

  /** The payload holds personal data: never in a log line. */
  @Override
  public String toString() {
    return "Claimed[" + id + ", " + dossierCode + ", " + service + ", attempts=" + attempts + "]";
  }
}
