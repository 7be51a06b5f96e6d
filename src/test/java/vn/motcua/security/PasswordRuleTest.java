package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords set by an administrator: long enough, not too long, not the login name. */
class PasswordRuleTest {

  private static final String USER = "nguyen.lan";

  @Test
  void twelveCharactersAreEnoughAndElevenAreNot() {
    assertThat(PasswordRule.check(USER, "abcdefghijkl")).isEmpty();
    assertThat(PasswordRule.check(USER, "abcdefghijk")).contains(AccountRefusal.PASSWORD_TOO_SHORT);
    assertThat(PasswordRule.check(USER, "")).contains(AccountRefusal.PASSWORD_TOO_SHORT);
  }

  @Test
  void upTo128CharactersAreAccepted() {
    assertThat(PasswordRule.check(USER, "x".repeat(128))).isEmpty();
    assertThat(PasswordRule.check(USER, "x".repeat(129)))
        .contains(AccountRefusal.PASSWORD_TOO_LONG);
  }

  @Test
  void charactersAreCountedAsUnicodeCodePointsNotJavaChars() {
    String eleven = "\uD83D\uDD11".repeat(11); // 11 keys, 22 Java chars
    assertThat(PasswordRule.check(USER, eleven)).contains(AccountRefusal.PASSWORD_TOO_SHORT);
    assertThat(PasswordRule.check(USER, eleven + "\uD83D\uDD11")).isEmpty();
    String hundredTwentyEight = "\uD83D\uDD11".repeat(128);
    assertThat(PasswordRule.check(USER, hundredTwentyEight)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mật khẩu của tôi", "correct horse battery", "aaaaaaaaaaaa"})
  void noCompositionRules(String password) {
    assertThat(PasswordRule.check(USER, password)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nguyen.lan12345", "2026-Nguyen.Lan-2026", "NGUYEN.LAN.NGUYEN"})
  void theLoginNameIsRefusedInAnyCase(String password) {
    assertThat(PasswordRule.check(USER, password))
        .contains(AccountRefusal.PASSWORD_CONTAINS_USERNAME);
  }

  @Test
  void lengthIsCheckedFirst() {
    assertThat(PasswordRule.check(USER, USER)).contains(AccountRefusal.PASSWORD_TOO_SHORT);
  }

  @Test
  void withoutALoginNameOnlyTheLengthCounts() {
    assertThat(PasswordRule.check(null, "abcdefghijkl")).isEmpty();
    assertThat(PasswordRule.check(" ", "abcdefghijkl")).isEmpty();
  }
}
