package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.PortalTokens;

/**
 * The portal's role is no staff role, so that no login form can grant it; the container maps its
 * group; the tests' tokens name the issuer the demo and test profiles expect.
 */
class PortalCallerTest {

  @Test
  void noStaffRoleIsThePortals() {
    assertThat(Arrays.stream(Role.values()).map(Role::name))
        .noneMatch(name -> name.equalsIgnoreCase(PortalCaller.ROLE));
  }

  @Test
  void thePortalsGroupIsMappedToItsRole() throws Exception {
    assertThat(Files.readString(Path.of("src/main/webapp/WEB-INF/payara-web.xml")))
        .contains(
            "<role-name>"
                + PortalCaller.ROLE
                + "</role-name><group-name>"
                + PortalCaller.ROLE
                + "</group-name>");
  }

  @Test
  void theTestsTokensComeFromTheIssuerOfTheDemoAndTestProfiles() throws Exception {
    for (String profile : new String[] {"demo", "test"}) {
      Properties settings = new Properties();
      try (Reader reader = Files.newBufferedReader(Path.of("config", profile + ".properties"))) {
        settings.load(reader);
      }
      assertThat(settings.getProperty("motcua.portal.jwt.issuer"))
          .as(profile)
          .isEqualTo(PortalTokens.ISSUER);
    }
  }
}
