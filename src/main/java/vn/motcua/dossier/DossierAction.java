package vn.motcua.dossier;

import static vn.motcua.dossier.DossierStatus.FINISHED;
import static vn.motcua.dossier.DossierStatus.OBLIGATION_REQUESTED;
import static vn.motcua.dossier.DossierStatus.PROCESSING;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.REGISTERED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a dossier, and in which states: the dossier's state machine in one table.
 * Every transition in the history names its action; an action tried in another state is refused
 * with {@link IllegalTransitionException}.
 */
public enum DossierAction {
  /** Registered online through the portal (creates the dossier in status 1). */
  REGISTER(Set.of()),
  /** Received at a counter (creates the dossier in status 2). */
  RECEIVE(Set.of()),
  /** An online dossier accepted by its center: 1 -> 2, the clock starts. */
  ACCEPT(EnumSet.of(REGISTERED)),
  /** An online dossier refused at intake: 1 -> 3. */
  REFUSE_INTAKE(EnumSet.of(REGISTERED)),
  /** The performer takes up the current step. */
  START_STEP(EnumSet.of(RECEIVED, PROCESSING)),
  /** The current step is done; the next one starts. */
  FORWARD(EnumSet.of(RECEIVED, PROCESSING)),
  /** The current step goes back to the previous one, with a reason. */
  SEND_BACK(EnumSet.of(PROCESSING)),
  /** The current step is given to another person of its unit. */
  REASSIGN(EnumSet.of(RECEIVED, PROCESSING, FINISHED)),
  /** The applicant is asked to supplement: -> 5, the clock stops. */
  REQUEST_SUPPLEMENT(EnumSet.of(RECEIVED, PROCESSING)),
  /** The supplement arrived: 5 -> back, the clock runs again. */
  RECEIVE_SUPPLEMENT(EnumSet.of(SUPPLEMENT_REQUESTED)),
  /** The applicant is asked to fulfil a financial obligation: -> 6, the clock stops. */
  REQUEST_OBLIGATION(EnumSet.of(RECEIVED, PROCESSING)),
  /** The obligation is fulfilled: 6 -> back, the clock runs again. */
  FULFIL_OBLIGATION(EnumSet.of(OBLIGATION_REQUESTED)),
  /** The applicant withdraws the dossier: -> 7. */
  WITHDRAW(
      EnumSet.of(REGISTERED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, OBLIGATION_REQUESTED)),
  /** Processing stops at the applicant's request: -> 8. */
  STOP(EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, OBLIGATION_REQUESTED)),
  /** The agency refuses to settle, with reasons: -> 9, the refusal slip is the result. */
  REFUSE(EnumSet.of(RECEIVED, PROCESSING)),
  /** Processing finished with result documents, sent to the return center: -> 9. */
  FINISH(EnumSet.of(PROCESSING)),
  /** The result was handed to the applicant: 9 -> 10. */
  RETURN_RESULT(EnumSet.of(FINISHED)),
  /** The agency apologises before the due instant and sets a new appointment; stays late. */
  APOLOGIZE(EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, OBLIGATION_REQUESTED));

  private final Set<DossierStatus> from;

  DossierAction(Set<DossierStatus> from) {
    this.from = from;
  }

  /** The states in which this action may be taken. */
  public Set<DossierStatus> from() {
    return from;
  }

  public boolean allowedIn(DossierStatus status) {
    return from.contains(status);
  }
}
