package vn.motcua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A unit where people work: a service center or reception point that receives dossiers, or an
 * agency that settles them. Receiving units carry the electronic identifier used in dossier codes
 * and the account their fees are paid into.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  /** The kinds of unit, receiving first. */
  public enum Kind {
    PROVINCIAL_CENTER,
    COMMUNE_CENTER,
    RECEPTION_POINT,
    COMMUNE_COMMITTEE,
    PROVINCIAL_DEPARTMENT,
    VERTICAL_AGENCY;

    /** The kinds that receive dossiers and return results. */
    public static final Set<Kind> RECEIVING =
        EnumSet.of(PROVINCIAL_CENTER, COMMUNE_CENTER, RECEPTION_POINT);

    public boolean receives() {
      return RECEIVING.contains(this);
    }
  }

  @Id private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "administrative_unit")
  private AdministrativeUnit administrativeUnit;

  // The same column, read only: routing needs the commune's code, and reading it from the
  // relationship loads the commune (a query per unit and transaction: units are not shared).
  @Column(name = "administrative_unit", insertable = false, updatable = false)
  private String administrativeUnitCode;

  @Column(name = "electronic_id")
  private String electronicId;

  private String address;
  private String phone;

  @Column(name = "opening_hours")
  private String openingHours;

  @Embedded private FeeAccount feeAccount;

  /** {@code estimate} until an administrator confirms the seeded details. */
  @Column(nullable = false)
  private String source;

  /** When the unit closed; null while it is open. */
  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected OrgUnit() {}

  /** A unit opened by the administrator; its details stay estimates until confirmed. */
  public OrgUnit(long id, NewUnit unit, OrgUnit parent) {
    this.id = id;
    this.code = unit.code();
    this.kind = unit.kind();
    this.name = unit.name().strip();
    this.parent = parent;
    this.electronicId = unit.electronicId();
    this.address = unit.address();
    this.phone = unit.phone();
    this.source = "estimate";
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public OrgUnit parent() {
    return parent;
  }

  public AdministrativeUnit administrativeUnit() {
    return administrativeUnit;
  }

  /** The code of {@link #administrativeUnit()}, without loading it; null when there is none. */
  public String administrativeUnitCode() {
    return administrativeUnitCode;
  }

  public String electronicId() {
    return electronicId;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String openingHours() {
    return openingHours;
  }

  public FeeAccount feeAccount() {
    return feeAccount;
  }

  public boolean confirmed() {
    return "confirmed".equals(source);
  }

  public long version() {
    return version;
  }

  public boolean closed() {
    return closedAt != null;
  }

  /** Closes the unit; it stays for the dossiers and the audit that refer to it. */
  public void close(Instant at) {
    this.closedAt = at;
  }

  /**
   * Changes how citizens reach the unit and pay its fees; an administrator saving them confirms the
   * seeded estimates.
   */
  public void changeDetails(UnitDetails details) {
    this.address = details.address();
    this.phone = details.phone();
    this.openingHours = details.openingHours();
    this.feeAccount =
        new FeeAccount(details.bankName(), details.bankAccount(), details.bankHolder());
    this.source = "confirmed";
  }

  /** The unit's details as the administrator edits them. */
  public UnitDetails details() {
    FeeAccount account = feeAccount == null ? new FeeAccount(null, null, null) : feeAccount;
    return new UnitDetails(
        address, phone, openingHours, account.bank(), account.number(), account.holder());
  }
}
