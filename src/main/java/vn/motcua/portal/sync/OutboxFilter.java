package vn.motcua.portal.sync;

import java.io.Serializable;

/**
 * Which outbox messages to list: of one state (or any), of dossiers whose code starts with a text
 * (or any).
 */
public record OutboxFilter(OutboxState state, String dossierCode) implements Serializable {

  public OutboxFilter {
    dossierCode = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip();
  }

  public static OutboxFilter all() {
    return new OutboxFilter(null, null);
  }
}
