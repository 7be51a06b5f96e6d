package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.OrgUnit;

/** An account's profile rules, and what the audit trail sees of it. */
class UserAccountTest {

  private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
  private static final OrgUnit CENTER = unit("TTPVHCC-HONG-GAI");
  private static final OrgUnit COMMITTEE = unit("UBND-HONG-GAI");

  @Test
  void aNewAccountIsEnabledWithItsProfile() {
    UserAccount clerk =
        new UserAccount("lan", HASH, "Nguyễn Thị Lan", CENTER, Set.of(Role.RECEIVING_CLERK));

    assertThat(clerk.enabled()).isTrue();
    assertThat(clerk.unit()).containsSame(CENTER);
    assertThat(clerk.roles()).containsExactly(Role.RECEIVING_CLERK);
    assertThat(clerk.passwordHash()).isEqualTo(HASH);
  }

  @Test
  void theNameIsKeptComposedWithSingleSpaces() {
    String typed = "  " + Normalizer.normalize("Nguyễn   Thị Lan", Normalizer.Form.NFD) + " ";

    UserAccount clerk = new UserAccount("lan", HASH, typed, CENTER, Set.of(Role.RECEIVING_CLERK));

    assertThat(clerk.fullName()).isEqualTo("Nguyễn Thị Lan");
    assertThat(Normalizer.isNormalized(clerk.fullName(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void rolesOtherThanTheProvincialOnesNeedAUnit() {
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.PROVINCIAL_ADMIN, Role.AUDITOR))) {
      assertThatThrownBy(() -> new UserAccount("x", HASH, "X", null, Set.of(role)))
          .as(role.name())
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(
            () -> new UserAccount("x", HASH, "X", null, Set.of(Role.PROVINCIAL_ADMIN, Role.HEAD)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provincialAdministratorsAndAuditorsMayHaveNoUnit() {
    UserAccount both =
        new UserAccount("x", HASH, "X", null, Set.of(Role.PROVINCIAL_ADMIN, Role.AUDITOR));

    assertThat(both.unit()).isEmpty();
    assertThat(UserAccount.needsUnit(both.roles())).isFalse();
  }

  @Test
  void anAccountNeedsANameAndARole() {
    assertThatThrownBy(() -> new UserAccount("x", HASH, " ", CENTER, Set.of(Role.HEAD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserAccount("x", HASH, null, CENTER, Set.of(Role.HEAD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserAccount("x", HASH, "X", CENTER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changingTheProfileReplacesNameUnitAndRoles() {
    UserAccount account =
        new UserAccount("minh", HASH, "Trần Văn Minh", CENTER, Set.of(Role.RECEIVING_CLERK));

    account.changeProfile("Trần Văn Minh Anh", COMMITTEE, Set.of(Role.SPECIALIST, Role.HEAD));

    assertThat(account.fullName()).isEqualTo("Trần Văn Minh Anh");
    assertThat(account.unit()).containsSame(COMMITTEE);
    assertThat(account.roles()).containsExactlyInAnyOrder(Role.SPECIALIST, Role.HEAD);
  }

  @Test
  void aRefusedChangeChangesNothing() {
    UserAccount account =
        new UserAccount("minh", HASH, "Trần Văn Minh", CENTER, Set.of(Role.RECEIVING_CLERK));

    assertThatThrownBy(() -> account.changeProfile("Other", null, Set.of(Role.SPECIALIST)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(account.state())
        .isEqualTo(
            new AccountState(
                "Trần Văn Minh", "TTPVHCC-HONG-GAI", List.of("RECEIVING_CLERK"), true));
  }

  @Test
  void disablingAndEnabling() {
    UserAccount account = new UserAccount("mai", HASH, "Bùi Thị Mai", null, Set.of(Role.AUDITOR));

    account.disable();
    assertThat(account.enabled()).isFalse();
    account.enable();
    assertThat(account.enabled()).isTrue();
  }

  @Test
  void theAuditedStateHasTheProfileInRoleOrderAndNeverTheHash() {
    UserAccount account =
        new UserAccount(
            "hoa", HASH, "Phạm Thị Hoa", COMMITTEE, Set.of(Role.SIGNING_LEADER, Role.SPECIALIST));
    account.changePassword(HASH + "new");
    account.disable();

    AccountState state = account.state();

    assertThat(state)
        .isEqualTo(
            new AccountState(
                "Phạm Thị Hoa", "UBND-HONG-GAI", List.of("SPECIALIST", "SIGNING_LEADER"), false));
    assertThat(state.toString()).doesNotContain("PBKDF2", HASH);
    assertThat(account.passwordHash()).isEqualTo(HASH + "new");
  }

  /** A unit with only a code, as the tests need it. */
  static OrgUnit unit(String code) {
    OrgUnit unit = new OrgUnit() {};
    try {
      Field field = OrgUnit.class.getDeclaredField("code");
      field.setAccessible(true);
      field.set(unit, code);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return unit;
  }
}
