package vn.motcua.shared.audit;

import java.io.Serializable;

/**
 * Where a subject's audit chain stops being whole, and why.
 *
 * @param seq the position in the chain where the break shows: the missing row's, or the row that
 *     fails its check
 */
public record ChainBreak(String subjectType, String subjectId, int seq, Reason reason)
    implements Serializable {

  /** Why a chain is not whole. */
  public enum Reason {
    /** A row of the chain is not there (removed, or never written there). */
    MISSING_ROW,
    /** A row holds a position the chain has already passed. */
    OUT_OF_TURN,
    /** A row's link to its predecessor is not that predecessor's hash. */
    NOT_FOLLOWING,
    /** A row's content no longer matches the hash written with it. */
    CONTENT_CHANGED,
    /**
     * The chain ends before the head a seal saw: its last rows were removed (the position is the
     * first one missing; 1 when the whole chain is gone).
     */
    SEALED_ROWS_MISSING,
    /**
     * The row at a sealed head's position is not the row the seal saw (the chain was rewritten).
     */
    SEALED_HEAD_CHANGED
  }
}
