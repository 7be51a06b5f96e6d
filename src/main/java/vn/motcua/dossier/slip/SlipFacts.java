package vn.motcua.dossier.slip;

import java.time.Instant;
import java.util.Map;
import vn.motcua.organization.UnitHeading;

/**
 * What a slip prints beyond the dossier itself, gathered before any template runs.
 *
 * @param procedureName the procedure's name in the dossier's version
 * @param processingTime the legal processing time in words, e.g. {@code 3 ngày làm việc}
 * @param headings how each unit the dossier went through heads its documents, by unit id
 * @param names the full names of the officers who acted, by login name
 * @param publicUrl where applicants reach MotCua: the QR code carries {@code
 *     <publicUrl>/tra-cuu?ma=<code>}
 * @param printedAt the instant printed on the date line
 */
public record SlipFacts(
    String procedureName,
    String processingTime,
    Map<Long, UnitHeading> headings,
    Map<String, String> names,
    String publicUrl,
    Instant printedAt) {

  UnitHeading heading(long unitId) {
    UnitHeading heading = headings.get(unitId);
    return heading != null ? heading : new UnitHeading(unitId, "", null, "");
  }

  /** The officer's full name, or the login name for a system or a removed account. */
  String name(String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  String trackingUrl(String code) {
    return publicUrl.replaceAll("/+$", "") + "/tra-cuu?ma=" + code;
  }
}
