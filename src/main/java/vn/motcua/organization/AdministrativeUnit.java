package vn.motcua.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A commune-level unit of the province since 1 July 2025: a ward, a commune or a special zone.
 * Reference data; its code is the key of the national dataset it came from.
 *
 * <p>Kept in the shared cache, the one entity that opts in (with {@code
 * eclipselink.cache.shared.AdministrativeUnit} in persistence.xml, which EclipseLink needs beside
 * {@code @Cacheable}): only migrations write these rows, so no instance of a cluster can hold a
 * stale one, and every unit read would otherwise read its commune again (a dossier's reception
 * reads two).
 */
@Entity
@Cacheable
@Table(name = "administrative_unit")
public class AdministrativeUnit {

  /** What kind of commune-level unit it is. */
  public enum Kind {
    WARD,
    COMMUNE,
    SPECIAL_ZONE
  }

  @Id private String code;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(nullable = false)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  protected AdministrativeUnit() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String fullName() {
    return fullName;
  }

  public Kind kind() {
    return kind;
  }
}
