package vn.motcua.dossier;

import java.io.Serializable;
import java.util.List;

/**
 * A receiving clerk's counter: the center (and the level of procedures it receives), the centers a
 * result may be returned at (this one first), and the communes applicants live in.
 */
public record CounterDesk(
    long centerId,
    String centerName,
    String level,
    List<Place> returnCenters,
    List<Commune> communes)
    implements Serializable {

  /** A center where results can be returned. */
  public record Place(long id, String name) implements Serializable {}

  /** A commune-level unit of the province, by its code. */
  public record Commune(String code, String name) implements Serializable {}
}
