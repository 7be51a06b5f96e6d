package vn.motcua.dossier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.motcua.catalog.CalendarService;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.WorkingCalendar;
import vn.motcua.document.FileInfo;
import vn.motcua.document.FileStore;
import vn.motcua.security.AccountService;
import vn.motcua.security.Actor;
import vn.motcua.security.UserAccount;

/**
 * Processing: everything that happens to a received dossier, one use case per method and one
 * transaction each. Every method names the dossier by code and the version the actor saw: a dossier
 * changed meanwhile is refused as a conflict, never overwritten.
 */
@Stateless
public class ProcessingService {

  @Inject private CalendarService calendar;
  @Inject private CatalogService catalog;
  @Inject private DossierChanges changes;
  @Inject private DossierClock clock;
  @Inject private FileStore files;
  @Inject private AccountService accounts;

  public Receipt startStep(@NotNull Actor actor, @NotBlank String code, long version) {
    return act(actor, code, version, d -> d.startStep(clock.now(), actor));
  }

  /** The current step is done; the next one arrives in its unit, perhaps for a named person. */
  public Receipt forward(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @Size(max = 2000) String note,
      @Size(max = 64) String nextAssignee) {
    // The assignee is looked up inside the action, after the actor's scope: a stranger to the
    // dossier learns nothing, not even whether a login name exists.
    return act(
        actor,
        code,
        version,
        d ->
            d.forward(
                note,
                nextAssignee == null || nextAssignee.isBlank() ? null : person(nextAssignee),
                clock.now(),
                cal(),
                actor));
  }

  public Receipt sendBack(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 2000) String reason) {
    return act(actor, code, version, d -> d.sendBack(reason, clock.now(), cal(), actor));
  }

  public Receipt reassign(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 64) String assignee) {
    return act(actor, code, version, d -> d.reassign(person(assignee), clock.now(), actor));
  }

  public Receipt requestSupplement(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 4000) String what) {
    return act(actor, code, version, d -> d.requestSupplement(what, clock.now(), actor));
  }

  /** The supplement arrived: the clock runs again and the appointment moves (a new slip). */
  public Receipt receiveSupplement(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotEmpty List<@NotNull @Valid ProvidedDocument> documents) {
    return act(
        actor,
        code,
        version,
        d -> {
          requireFiles(d, documents.stream().map(ProvidedDocument::fileId));
          d.receiveSupplement(
              Checklist.of(catalog.version(d.procedureVersionId()).detail()).partial(documents),
              clock.now(),
              cal(),
              actor);
        });
  }

  public Receipt requestObligation(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 4000) String what) {
    return act(actor, code, version, d -> d.requestObligation(what, clock.now(), actor));
  }

  public Receipt fulfilObligation(@NotNull Actor actor, @NotBlank String code, long version) {
    return act(actor, code, version, d -> d.fulfilObligation(clock.now(), cal(), actor));
  }

  public Receipt withdraw(
      @NotNull Actor actor, @NotBlank String code, long version, @Size(max = 2000) String reason) {
    return act(actor, code, version, d -> d.withdraw(reason, clock.now(), actor));
  }

  public Receipt stop(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 2000) String reason) {
    return act(actor, code, version, d -> d.stop(reason, clock.now(), actor));
  }

  public Receipt refuse(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotBlank @Size(max = 4000) String reasons) {
    return act(actor, code, version, d -> d.refuse(reasons, clock.now(), cal(), actor));
  }

  public Receipt finish(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotEmpty @Size(max = 20) List<@NotNull @Valid ResultDetails> results) {
    return act(
        actor,
        code,
        version,
        d -> {
          requireFiles(d, results.stream().map(ResultDetails::fileId));
          d.finish(results, clock.now(), cal(), actor);
        });
  }

  public Receipt returnResult(
      @NotNull Actor actor, @NotBlank String code, long version, ReturnMethod method) {
    return act(actor, code, version, d -> d.returnResult(method, clock.now(), cal(), actor));
  }

  public Receipt apologize(
      @NotNull Actor actor,
      @NotBlank String code,
      long version,
      @NotNull Instant newAppointment,
      @NotBlank @Size(max = 2000) String reason) {
    return act(actor, code, version, d -> d.apologize(newAppointment, reason, clock.now(), actor));
  }

  /** The new files exist and, with the dossier's files, stay within the limit per dossier. */
  /**
   * Keeps the signed file of a result (PDF or image, checked by content) before the dossier is
   * finished with it; staff only. A file no dossier ends up naming is swept as an orphan.
   */
  public FileInfo storeResultFile(
      @NotNull Actor actor, @NotNull InputStream content, @Size(max = 255) String fileName) {
    if (actor.system() || actor.unitId() == null) {
      throw DossierRefusal.forbidden("Only staff keep the files of results");
    }
    return files.store(content, fileName, actor.username());
  }

  private void requireFiles(Dossier dossier, Stream<Long> added) {
    List<Long> ids =
        Stream.concat(
                Stream.concat(
                    dossier.documents().stream().map(DossierDocument::fileId),
                    dossier.results().stream().map(ResultDetails::fileId)),
                added)
            .filter(Objects::nonNull)
            .toList();
    if (!ids.isEmpty()) {
      files.checkDossierTotal(ids);
    }
  }

  /** The enabled account with this login name, as the person a step may be given to. */
  private Actor person(String username) {
    return accounts
        .findByUsername(username)
        .filter(UserAccount::enabled)
        .map(Actor::of)
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "unknown-assignee", "No active account with the login name " + username));
  }

  private WorkingCalendar cal() {
    return calendar.calendar();
  }

  private Receipt act(Actor actor, String code, long version, Consumer<Dossier> action) {
    return changes.change(actor, code, version, action);
  }
}
