package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.problem.BusinessException;

/** An administrator cannot lock themself out; others they may disable and demote. */
class AccountAdminServiceTest {

  private static final UserAccount ADMIN =
      new UserAccount("admin", "hash", "Đỗ Văn Hùng", null, Set.of(Role.PROVINCIAL_ADMIN));
  private static final Set<Role> ADMIN_ROLES = Set.of(Role.PROVINCIAL_ADMIN);

  @Test
  void anAdministratorCannotDisableThemself() {
    BusinessException refused =
        catchThrowableOfType(
            BusinessException.class,
            () -> AccountAdminService.refuseSelfLockout("admin", ADMIN, ADMIN_ROLES, false));

    assertThat(refused.code()).isEqualTo("self-lockout");
    assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
  }

  @Test
  void anAdministratorCannotDropTheirOwnAdministratorRole() {
    BusinessException refused =
        catchThrowableOfType(
            BusinessException.class,
            () ->
                AccountAdminService.refuseSelfLockout("admin", ADMIN, Set.of(Role.AUDITOR), true));

    assertThat(refused.code()).isEqualTo("self-lockout");
  }

  @Test
  void anAdministratorMayChangeTheirOwnProfileKeepingTheRole() {
    assertThatCode(
            () ->
                AccountAdminService.refuseSelfLockout(
                    "admin", ADMIN, Set.of(Role.PROVINCIAL_ADMIN, Role.AUDITOR), true))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherAdministratorMayBeDisabledAndDemoted() {
    assertThatCode(
            () ->
                AccountAdminService.refuseSelfLockout("admin2", ADMIN, Set.of(Role.AUDITOR), false))
        .doesNotThrowAnyException();
  }
}
