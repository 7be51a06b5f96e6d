package vn.motcua.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationService;
import vn.motcua.security.internal.PasswordHashing;
import vn.motcua.shared.audit.AuditTrail;
import vn.motcua.shared.problem.BusinessException;

/**
 * The provincial administrator keeps the staff's accounts: creates them, places people in units,
 * gives and takes roles, disables and enables accounts, resets passwords. Two administrators
 * editing one account: the second save is refused, nothing is lost. An administrator cannot lock
 * themself out. Every change is audited, never with a password or its hash.
 *
 * <p>Every refusal is an {@link AccountRefusal}, made before anything changes.
 */
@Stateless
@RolesAllowed(Role.Names.PROVINCIAL_ADMIN)
public class AccountAdminService {

  static final String SUBJECT = "account";
  private static final Logger LOG = Logger.getLogger(AccountAdminService.class.getName());
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject private UserAccountRepository accounts;
  @Inject private OrganizationService organization;
  @Inject private PasswordHashing hashing;
  @Inject private AuditTrail audit;
  @Inject private SecurityContext security;

  @PersistenceContext(unitName = "motcua")
  private EntityManager em;

  public List<AccountSummary> accounts(@NotNull AccountFilter filter, int first, int max) {
    return accounts.page(filter, first, max).stream().map(AccountSummary::of).toList();
  }

  public long count(@NotNull AccountFilter filter) {
    return accounts.count(filter);
  }

  public AccountSummary account(long id) {
    return AccountSummary.of(find(id));
  }

  /**
   * Creates an enabled account.
   *
   * @throws BusinessException {@link AccountRefusal#USERNAME_TAKEN}, a refusal of the password
   *     ({@link PasswordRule}) or of the unit
   */
  public AccountSummary create(@NotNull @Valid NewAccount request) {
    refuseWeakPassword(request.username(), request.password());
    if (accounts.findByUsername(request.username()).isPresent()) {
      throw usernameTaken();
    }
    AccountProfile profile = request.profile();
    UserAccount account =
        new UserAccount(
            request.username(),
            hashing.hash(request.password().toCharArray()),
            profile.fullName(),
            unitOf(profile),
            profile.roles());
    accounts.add(account);
    flush();
    audit.record("ACCOUNT_CREATED", SUBJECT, account.username(), null, account.state());
    LOG.info(() -> "Account created: " + account.username());
    return AccountSummary.of(account);
  }

  /**
   * Changes who the person is, where they work and their roles, if nobody changed the account since
   * {@code version} was read.
   *
   * @throws BusinessException {@link AccountRefusal#EDITED_CONCURRENTLY}, {@link
   *     AccountRefusal#SELF_LOCKOUT} when the administrator would drop their own administrator
   *     role, or a refusal of the unit
   */
  public AccountSummary change(long id, long version, @NotNull @Valid AccountProfile profile) {
    UserAccount account = current(id, version);
    refuseSelfLockout(caller(), account, profile.roles(), account.enabled());
    OrgUnit unit = unitOf(profile);
    AccountState before = account.state();
    account.changeProfile(profile.fullName(), unit, profile.roles());
    flush();
    AccountState after = account.state();
    if (!before.roles().equals(after.roles())
        || !Objects.equals(before.unitCode(), after.unitCode())) {
      // A session keeps the roles and unit of its login: the person signs in again to get these.
      accounts.endSessions(account.username());
    }
    audit.record("ACCOUNT_CHANGED", SUBJECT, account.username(), before, after);
    return AccountSummary.of(account);
  }

  /**
   * Lets the person sign in, or stops them, if nobody changed the account since {@code version} was
   * read. Asking for the state the account already has changes and records nothing.
   *
   * @throws BusinessException {@link AccountRefusal#EDITED_CONCURRENTLY}, {@link
   *     AccountRefusal#SELF_LOCKOUT} when the administrator would disable themself
   */
  public AccountSummary setEnabled(long id, long version, boolean enabled) {
    UserAccount account = current(id, version);
    refuseSelfLockout(caller(), account, account.roles(), enabled);
    if (account.enabled() == enabled) {
      return AccountSummary.of(account);
    }
    AccountState before = account.state();
    if (enabled) {
      account.enable();
    } else {
      account.disable();
      accounts.endSessions(account.username());
    }
    flush();
    audit.record(
        enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
        SUBJECT,
        account.username(),
        before,
        account.state());
    LOG.info(() -> "Account " + (enabled ? "enabled: " : "disabled: ") + account.username());
    return AccountSummary.of(account);
  }

  /**
   * Gives the account a new password chosen by the administrator. The audit row says who reset
   * whose password and when; it holds no state, since the password is the only thing changed.
   *
   * @param secondFactorToo also forget the account's authenticator app (a lost phone): the person
   *     enrols a new one at the next login
   * @throws BusinessException a refusal of the password ({@link PasswordRule})
   */
  public void resetPassword(long id, @NotNull String password, boolean secondFactorToo) {
    UserAccount account = find(id);
    refuseWeakPassword(account.username(), password);
    account.changePassword(hashing.hash(password.toCharArray()));
    flush();
    // Whoever used the old password is out, wherever they are signed in.
    accounts.endSessions(account.username());
    audit.record("ACCOUNT_PASSWORD_RESET", SUBJECT, account.username(), null, null);
    if (secondFactorToo) {
      accounts.clearSecondFactor(account.username());
      audit.record("ACCOUNT_SECOND_FACTOR_RESET", SUBJECT, account.username(), null, null);
      LOG.info(() -> "Second factor reset: " + account.username());
    }
    LOG.info(() -> "Password reset: " + account.username());
  }

  /**
   * Refuses a change by which the administrator would lock themself out: disabling their own
   * account or dropping their own administrator role. Someone must always be able to administer.
   */
  static void refuseSelfLockout(
      String caller, UserAccount account, Set<Role> roles, boolean enabled) {
    if (account.username().equals(caller) && (!enabled || !roles.contains(Role.PROVINCIAL_ADMIN))) {
      throw AccountRefusal.SELF_LOCKOUT.exception(
          "An administrator cannot disable their own account or drop their own administrator role");
    }
  }

  private static void refuseWeakPassword(String username, String password) {
    PasswordRule.check(username, password)
        .ifPresent(
            refusal -> {
              throw refusal.exception(
                  "A password has "
                      + PasswordRule.MIN_LENGTH
                      + " to "
                      + PasswordRule.MAX_LENGTH
                      + " characters and does not contain the login name");
            });
  }

  private OrgUnit unitOf(AccountProfile profile) {
    if (profile.unitId() == null) {
      if (UserAccount.needsUnit(profile.roles())) {
        throw AccountRefusal.UNIT_REQUIRED.exception(
            "Roles other than provincial administrator and auditor need a unit");
      }
      return null;
    }
    return organization
        .unit(profile.unitId())
        .orElseThrow(() -> AccountRefusal.UNIT_NOT_FOUND.exception("No unit " + profile.unitId()));
  }

  private UserAccount find(long id) {
    return accounts
        .find(id)
        .orElseThrow(() -> AccountRefusal.ACCOUNT_NOT_FOUND.exception("No account " + id));
  }

  private UserAccount current(long id, long version) {
    UserAccount account = find(id);
    if (account.version() != version) {
      throw editedConcurrently();
    }
    return account;
  }

  /** Writes now, so that JPA's version check and the unique login name refuse a racing save. */
  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw editedConcurrently();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw usernameTaken();
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static BusinessException usernameTaken() {
    return AccountRefusal.USERNAME_TAKEN.exception("This login name is already used");
  }

  private static BusinessException editedConcurrently() {
    return AccountRefusal.EDITED_CONCURRENTLY.exception(
        "Someone else changed this account meanwhile; reload it and apply your change again");
  }

  private String caller() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }
}
