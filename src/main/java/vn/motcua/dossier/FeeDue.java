package vn.motcua.dossier;

import java.io.Serializable;
import java.util.List;
import vn.motcua.catalog.ProcedureDetail;

/** A fee or charge the applicant owes for this dossier: unit amount times quantity. */
public record FeeDue(String name, long amount, int quantity) implements Serializable {

  /**
   * The fees due for a procedure version: a fixed fee once, a fee per copy for each copy asked, a
   * fee per page once (the pages are counted at the agency); free items are left out.
   */
  public static List<FeeDue> of(ProcedureDetail procedure, int copies) {
    return procedure.fees().stream()
        .filter(fee -> fee.amount() > 0)
        .map(
            fee -> new FeeDue(fee.name(), fee.amount(), "PER_COPY".equals(fee.rule()) ? copies : 1))
        .toList();
  }

  public long total() {
    return amount * quantity;
  }
}
