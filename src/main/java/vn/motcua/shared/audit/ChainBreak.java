package vn.motcua.shared.audit;

/** Where a subject's audit chain stops being whole, and why. */
public record ChainBreak(String subjectType, String subjectId, int seq, String reason) {}
