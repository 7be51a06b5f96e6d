package vn.motcua.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.security.AccountRefusal;

/** Every refusal of the account service reaches the administrator, in words, on a real field. */
class StaffBackingTest {

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en"})
  void everyRefusalHasAMessage(String language) throws IOException {
    Properties bundle = new Properties();
    String resource = "vn/motcua/i18n/messages_" + language + ".properties";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    for (AccountRefusal refusal : AccountRefusal.values()) {
      assertThat(bundle.getProperty("staff.error." + refusal.code()))
          .as(refusal.name())
          .isNotBlank();
    }
  }

  @Test
  void everyFieldThatShowsARefusalIsOnThePageWithItsMessage() throws IOException {
    String page = Files.readString(Path.of("src/main/webapp/admin/staff.xhtml"));
    for (AccountRefusal refusal : AccountRefusal.values()) {
      for (StaffBacking.Dialog dialog : StaffBacking.Dialog.values()) {
        String field = StaffBacking.fieldOf(refusal, dialog);
        if (field != null) {
          assertThat(page).as(refusal + " in " + dialog).contains("id=\"" + field + "\"");
          assertThat(page).as(refusal + " in " + dialog).contains("for=\"" + field + "\"/>");
        }
      }
    }
  }

  @Test
  void refusalsLandInTheDialogTheyCameFrom() {
    assertThat(StaffBacking.fieldOf(AccountRefusal.USERNAME_TAKEN, StaffBacking.Dialog.CREATE))
        .isEqualTo("username");
    assertThat(StaffBacking.fieldOf(AccountRefusal.UNIT_REQUIRED, StaffBacking.Dialog.EDIT))
        .isEqualTo("edit-unit");
    assertThat(
            StaffBacking.fieldOf(AccountRefusal.PASSWORD_TOO_SHORT, StaffBacking.Dialog.PASSWORD))
        .isEqualTo("new-password");
    assertThat(StaffBacking.fieldOf(AccountRefusal.EDITED_CONCURRENTLY, StaffBacking.Dialog.EDIT))
        .isNull();
  }
}
