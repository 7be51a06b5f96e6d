package vn.motcua.portal.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
import java.io.StringWriter;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AccessLog;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;

/**
 * The provincial administrator's view of the outbox: how many messages stand in each state, the
 * messages page by page, one message's payload, and the way out of a dead letter: retry (from zero
 * attempts, now) or, for one the portal will never take, discard (its dossier's later messages then
 * go on). Every retry and discard is audited; opening a payload is logged as an opening of the
 * dossier's personal data.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class PortalOutboxAdmin {

  static final String SUBJECT = "portal_outbox";
  private static final Logger LOG = Logger.getLogger(PortalOutboxAdmin.class.getName());

  @Inject private OutboxRepository outbox;
  @Inject private AuditTrail audit;
  @Inject private AccessLog access;
  @Inject private SecurityContext security;

  /** The audit trail's view of a message: where it stood. */
  public record AuditedState(String dossierCode, String service, String state, int attempts) {

    static AuditedState of(OutboxMessage message) {
      return new AuditedState(
          message.dossierCode(), message.service(), message.state().name(), message.attempts());
    }
  }

  public Map<OutboxState, Long> counts() {
    return outbox.counts();
  }

  public List<OutboxMessage> messages(@NotNull OutboxFilter filter, int first, int max) {
    return outbox.page(filter, first, max);
  }

  public long count(@NotNull OutboxFilter filter) {
    return outbox.count(filter);
  }

  /** A message's payload as sent (without session and unit code), indented for reading. */
  public String payload(long id) {
    OutboxMessage message = find(id);
    access.opened(caller(), "dossier", message.dossierCode(), "PORTAL_MESSAGE");
    String stored = outbox.payload(id).orElseThrow(() -> notFound(id));
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.write(PortalSyncContract.read(stored));
    }
    return out.toString().strip();
  }

  /**
   * Sends a failed or dead message again at the relay's next round, with all its attempts.
   *
   * @throws BusinessException {@code outbox-message-not-retryable} when it is no longer failed or
   *     dead (sent, or retried by someone else meanwhile)
   */
  public void retry(long id) {
    OutboxMessage before = find(id);
    if (!outbox.retry(id)) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "outbox-message-not-retryable",
          "Message " + id + " is neither failed nor dead");
    }
    audited("PORTAL_MESSAGE_RETRIED", before);
  }

  /** Retries every dead message; how many. */
  public int retryDead() {
    List<OutboxMessage> dead =
        outbox.page(new OutboxFilter(OutboxState.DEAD, null), 0, Integer.MAX_VALUE);
    int retried = 0;
    for (OutboxMessage message : dead) {
      if (outbox.retry(message.id())) {
        audited("PORTAL_MESSAGE_RETRIED", message);
        retried++;
      }
    }
    int count = retried;
    LOG.info(() -> count + " dead portal messages retried");
    return retried;
  }

  /**
   * Gives a dead message up: it is never sent, and its dossier's later messages go on.
   *
   * @throws BusinessException {@code outbox-message-not-dead} when it is not dead
   */
  public void discard(long id) {
    OutboxMessage before = find(id);
    if (!outbox.discard(id)) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "outbox-message-not-dead",
          "Message " + id + " is not dead");
    }
    audited("PORTAL_MESSAGE_DISCARDED", before);
  }

  private void audited(String action, OutboxMessage before) {
    OutboxMessage after = outbox.find(before.id()).orElseThrow();
    audit.record(
        action,
        SUBJECT,
        Long.toString(before.id()),
        AuditedState.of(before),
        AuditedState.of(after));
    LOG.info(() -> "Portal message " + before.id() + " " + action);
  }

  private OutboxMessage find(long id) {
    return outbox.find(id).orElseThrow(() -> notFound(id));
  }

  private static BusinessException notFound(long id) {
    return new BusinessException(
        BusinessException.Kind.NOT_FOUND, "outbox-message-not-found", "No outbox message " + id);
  }

  private String caller() {
    return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName).orElse("?");
  }
}
