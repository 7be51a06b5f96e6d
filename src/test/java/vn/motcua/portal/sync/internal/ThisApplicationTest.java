package vn.motcua.portal.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A sync URL that is a path names this application, at the root its first request showed. */
class ThisApplicationTest {

  @Test
  void anAbsoluteUrlIsUsedAsItIs() {
    assertThat(new ThisApplication().resolve("https://dichvucong.gov.vn/api/sync"))
        .contains(URI.create("https://dichvucong.gov.vn/api/sync"));
  }

  @Test
  void aPathWaitsForTheFirstRequest() {
    assertThat(new ThisApplication().resolve("/api/simulator/portal/sync")).isEmpty();
  }

  @Test
  void theRootIsTheLocalAddressPortAndContextPath() {
    assertThat(ThisApplication.root("http", "10.0.0.5", 8080, ""))
        .isEqualTo(URI.create("http://10.0.0.5:8080/"));
    assertThat(ThisApplication.root("http", "127.0.0.1", 41234, "/motcua"))
        .isEqualTo(URI.create("http://127.0.0.1:41234/motcua/"));
    assertThat(ThisApplication.root("https", "fe80::1%eth0", 8181, ""))
        .isEqualTo(URI.create("https://[fe80::1]:8181/"));
    assertThat(
            ThisApplication.root("http", "127.0.0.1", 41234, "/motcua")
                .resolve("/api/simulator/portal/sync".substring(1)))
        .isEqualTo(URI.create("http://127.0.0.1:41234/motcua/api/simulator/portal/sync"));
  }
}
