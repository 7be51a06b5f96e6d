package vn.motcua.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.organization.OrgUnit;

/**
 * A person who signs in to MotCua's screens: a login name, a password hash made by the platform's
 * PBKDF2, a display name, roles, and the unit they work in.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 10)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** The unit the person works in; provincial roles may have none. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private OrgUnit unit;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected UserAccount() {}

  /**
   * A new, enabled account.
   *
   * @param passwordHash the hash made by the platform's PBKDF2, never the password
   * @param unit where the person works; may be null only when no role needs a unit
   * @throws IllegalArgumentException when the profile breaks a rule of {@link #changeProfile}
   */
  public UserAccount(
      String username, String passwordHash, String fullName, OrgUnit unit, Set<Role> roles) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.enabled = true;
    this.createdAt = Instant.now();
    changeProfile(fullName, unit, roles);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String fullName() {
    return fullName;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<OrgUnit> unit() {
    return Optional.ofNullable(unit);
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public long version() {
    return version;
  }

  /**
   * Whether these roles need a unit: every role but the provincial ones ({@link Role#needsUnit}).
   */
  public static boolean needsUnit(Set<Role> roles) {
    return roles.stream().anyMatch(Role::needsUnit);
  }

  /**
   * Who the person is, where they work and what they may do. The name is kept in Unicode NFC with
   * single spaces, so that searches find it however it was typed.
   *
   * @throws IllegalArgumentException for a blank name, no role, or no unit for a role that needs
   *     one
   */
  public void changeProfile(String fullName, OrgUnit unit, Set<Role> roles) {
    if (fullName == null || fullName.isBlank()) {
      throw new IllegalArgumentException("An account needs a full name");
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    if (unit == null && needsUnit(roles)) {
      throw new IllegalArgumentException("Roles " + roles + " need a unit");
    }
    this.fullName =
        Normalizer.normalize(SPACES.matcher(fullName.strip()).replaceAll(" "), Normalizer.Form.NFC);
    this.unit = unit;
    // The collection JPA loaded is kept: it tracks what changed.
    this.roles.retainAll(roles);
    this.roles.addAll(roles);
  }

  /** Lets the person sign in again. */
  public void enable() {
    this.enabled = true;
  }

  /** Stops the person from signing in; the account and its history stay. */
  public void disable() {
    this.enabled = false;
  }

  /**
   * Replaces the password.
   *
   * @param passwordHash the hash made by the platform's PBKDF2, never the password
   */
  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** The account as the audit trail records it: never the password hash. */
  public AccountState state() {
    return new AccountState(
        fullName,
        unit == null ? null : unit.code(),
        roles.stream().sorted().map(Role::name).toList(),
        enabled);
  }
}
