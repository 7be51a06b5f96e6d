package vn.motcua.dossier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the dossier page shows, read in one service call: the dossier, the names it refers to
 * by id, and how much of each step's budget is used.
 *
 * @param unitNames the names of every unit the dossier mentions, by id
 * @param consumed per step position, the share of its budget used so far (finished steps: used; the
 *     current one: working time since it arrived), in percent, not capped at 100
 */
public record DossierPage(
    DossierView dossier,
    String procedureName,
    Map<Long, String> unitNames,
    Map<Integer, Integer> consumed,
    Set<DossierAction> actions)
    implements Serializable {

  /** The actions the page offers as buttons, in the order of {@link DossierAction}. */
  public List<DossierAction> offered() {
    return actions.stream().filter(ON_THE_PAGE::contains).sorted().toList();
  }

  /** The step waiting or in progress, if any: the one an assignment gives. */
  public Optional<DossierView.Step> currentStep() {
    return dossier.steps().stream()
        .filter(s -> s.state() == StepState.WAITING || s.state() == StepState.IN_PROGRESS)
        .findFirst();
  }

  /**
   * What the dossier page acts on; acceptance and refusal at intake belong to the online queue.
   * Assignment is here for one dossier, in the inbox for many; a supplement brought on paper is
   * taken here by the receiving clerk.
   */
  private static final Set<DossierAction> ON_THE_PAGE =
      EnumSet.of(
          DossierAction.START_STEP,
          DossierAction.FORWARD,
          DossierAction.REASSIGN,
          DossierAction.SEND_BACK,
          DossierAction.REQUEST_SUPPLEMENT,
          DossierAction.RECEIVE_SUPPLEMENT,
          DossierAction.REQUEST_OBLIGATION,
          DossierAction.FULFIL_OBLIGATION,
          DossierAction.REFUSE,
          DossierAction.FINISH,
          DossierAction.APOLOGIZE,
          DossierAction.STOP,
          DossierAction.WITHDRAW,
          DossierAction.RETURN_RESULT);

  public String unitName(Long id) {
    return id == null ? "" : unitNames.getOrDefault(id, String.valueOf(id));
  }

  public int consumed(int position) {
    return consumed.getOrDefault(position, 0);
  }

  /** The history, newest first, as the timeline shows it. */
  public List<DossierView.Entry> latestFirst() {
    List<DossierView.Entry> entries = new ArrayList<>(dossier.history());
    Collections.reverse(entries);
    return entries;
  }
}
