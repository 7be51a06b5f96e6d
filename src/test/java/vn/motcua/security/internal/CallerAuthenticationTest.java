package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests are the portal's API, by the path the container decoded and mapped (the JAX-RS
 * application is mapped at {@code /api}): only there is a bearer token read.
 */
class CallerAuthenticationTest {

  private static HttpServletRequest request(String servletPath, String pathInfo) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            CallerAuthenticationTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getServletPath" -> servletPath;
                  case "getPathInfo" -> pathInfo;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "/api, /v1/portal, true",
        "/api, /v1/portal/, true",
        "/api, /v1/portal/dossiers/000.00.00.H00-260101-0001, true",
        "/api, /v1/portals, false",
        "/api, /v1/portal-simulator/x, false",
        "/api, /v2/portal/x, false",
        "/api, /v1/procedures, false",
        "/api, null, false",
        "/home.xhtml, null, false",
        "/login.xhtml, null, false",
        "/api/v1/portal/x.xhtml, null, true",
        "'', /v1/portal/x, false"
      })
  void onlyThePortalsApiPathIsThePortals(String servletPath, String pathInfo, boolean portal) {
    assertThat(CallerAuthentication.isPortalApi(request(servletPath, pathInfo))).isEqualTo(portal);
  }
}
