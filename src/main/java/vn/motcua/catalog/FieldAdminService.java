package vn.motcua.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.text.VietnameseText;

/**
 * The provincial administrator keeps the list of fields procedures are grouped in. A field's code
 * is what portals and filters use, so it never changes; its name may. Renaming compares the name
 * the administrator saw with the stored one, so a rename made meanwhile is not overwritten.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class FieldAdminService {

  static final String SUBJECT = "field";
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Inject private ProcedureRepository procedures;
  @Inject private AuditTrail audit;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  public List<ProcedureRepository.FieldCount> fields() {
    return procedures.fields();
  }

  /** The code a field of this name gets when none is given: its words folded, joined by dashes. */
  public static String codeFor(String name) {
    return VietnameseText.fold(name == null ? "" : name)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  /**
   * Adds a field; a blank code is made from the name.
   *
   * @return the field's code
   * @throws BusinessException when the code is malformed, or the code or name already exists
   */
  public String add(String code, @NotNull String name) {
    String cleanName = requireName(name);
    String cleanCode = code == null || code.isBlank() ? codeFor(cleanName) : code.strip();
    if (cleanCode.length() > 80 || !CODE.matcher(cleanCode).matches()) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          "malformed-field-code",
          "A field code is lower-case words without diacritics joined by dashes, e.g. ho-tich");
    }
    if (exists("code", cleanCode)) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "duplicate-field-code",
          "There is already a field " + cleanCode);
    }
    requireNameFree(cleanName);
    em.createNativeQuery("INSERT INTO field (code, name) VALUES (?1, ?2)")
        .setParameter(1, cleanCode)
        .setParameter(2, cleanName)
        .executeUpdate();
    audit.record("FIELD_ADDED", SUBJECT, cleanCode, null, new Field(cleanCode, cleanName));
    return cleanCode;
  }

  /**
   * Renames a field, if its name is still {@code seenName}.
   *
   * @throws BusinessException a conflict when someone renamed it meanwhile or the name is taken
   */
  public void rename(@NotNull String code, @NotNull String seenName, @NotNull String newName) {
    String cleanName = requireName(newName);
    if (cleanName.equals(seenName)) {
      return;
    }
    requireNameFree(cleanName);
    int changed =
        em.createNativeQuery("UPDATE field SET name = ?1 WHERE code = ?2 AND name = ?3")
            .setParameter(1, cleanName)
            .setParameter(2, code)
            .setParameter(3, seenName)
            .executeUpdate();
    if (changed == 0) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "edited-concurrently",
          "Field " + code + " was renamed or removed meanwhile; reload it");
    }
    audit.record(
        "FIELD_RENAMED", SUBJECT, code, new Field(code, seenName), new Field(code, cleanName));
  }

  /** What the audit keeps of a field. */
  public record Field(String code, String name) {}

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          "malformed-field-name",
          "A field needs a name of at most 200 characters");
    }
    return name.strip();
  }

  private void requireNameFree(String name) {
    if (exists("lower(name)", name.toLowerCase(java.util.Locale.ROOT))) {
      throw new BusinessException(
          BusinessException.Kind.CONFLICT,
          "duplicate-field-name",
          "There is already a field named " + name);
    }
  }

  private boolean exists(String column, String value) {
    return !em.createNativeQuery("SELECT 1 FROM field WHERE " + column + " = ?1")
        .setParameter(1, value)
        .getResultList()
        .isEmpty();
  }
}
