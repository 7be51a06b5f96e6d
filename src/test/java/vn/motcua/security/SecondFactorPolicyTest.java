package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

  @Test
  void noneNamesNoRoleAndAListNamesItsRoles() {
    assertThat(SecondFactorPolicy.parse("NONE")).isEmpty();
    assertThat(SecondFactorPolicy.parse("PROVINCIAL_ADMIN, AUDITOR"))
        .isEqualTo(EnumSet.of(Role.PROVINCIAL_ADMIN, Role.AUDITOR));
  }

  @Test
  void aNameThatIsNotARoleIsRefusedByName() {
    // Silently dropped, a typo would let administrators in on their password alone.
    assertThatThrownBy(() -> SecondFactorPolicy.parse("PROVINCIAL_ADMINS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'PROVINCIAL_ADMINS' is not a role");
    assertThatThrownBy(() -> SecondFactorPolicy.parse("NONE,AUDITOR"))
        .hasMessageContaining("'NONE' is not a role");
  }
}
