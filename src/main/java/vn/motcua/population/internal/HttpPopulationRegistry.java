package vn.motcua.population.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import vn.motcua.population.CitizenId;
import vn.motcua.population.PopulationLookup;
import vn.motcua.population.PopulationRegistry;
import vn.motcua.shared.config.Settings;
import vn.motcua.shared.problem.BusinessException;

/**
 * The population registry over HTTP, configured by {@code motcua.population.*}. A CDI bean, not an
 * EJB: a look-up needs no transaction (and must not hold one open while waiting on another system),
 * and all look-ups share one HTTP client.
 *
 * <p>A URL that is a path ({@code /api/simulator/population}) names this application: it is
 * resolved against the HTTP request being served (its local address, port and context path), so the
 * simulator is found on whatever port the server got, Arquillian's random one included. With no
 * request being served (a background job) such a look-up is unavailable.
 */
@ApplicationScoped
public class HttpPopulationRegistry implements PopulationRegistry {

  @Inject private Config config;
  @Inject private HttpServletRequest request;

  private final OutageLog outages = new OutageLog();
  private String url;
  private PopulationClient client;

  @PostConstruct
  void start() {
    url = Settings.POPULATION_URL.value(config);
    client =
        new PopulationClient(
            Duration.ofMillis(Long.parseLong(Settings.POPULATION_TIMEOUT.value(config))),
            Settings.POPULATION_API_KEY_HEADER.value(config),
            Settings.POPULATION_API_KEY.value(config));
  }

  @Override
  public PopulationLookup lookUp(String idNumber) {
    if (!CitizenId.isWellFormed(idNumber)) {
      throw new BusinessException(
          BusinessException.Kind.INVALID,
          MALFORMED_ID_NUMBER,
          "A citizen ID number has exactly 12 digits");
    }
    return outages.note(ask(new CitizenId(idNumber)));
  }

  private PopulationLookup ask(CitizenId id) {
    if (url.isEmpty()) {
      return PopulationLookup.unavailable("not configured (" + Settings.POPULATION_URL.key() + ")");
    }
    URI base;
    if (url.startsWith("/")) {
      try {
        base = thisApplication().resolve(url.substring(1));
      } catch (RuntimeException e) {
        return PopulationLookup.unavailable(
            "a path on this application, and no HTTP request to resolve it against");
      }
    } else {
      base = URI.create(url);
    }
    return client.lookUp(base, id);
  }

  /** This application's root as the request being served reached it, e.g. http://10.0.0.5:8080/. */
  private URI thisApplication() {
    String host = request.getLocalAddr();
    if (host.contains(":")) {
      host = "[" + host.replaceFirst("%.*$", "") + "]"; // IPv6, without a zone
    }
    return URI.create(
        request.getScheme()
            + "://"
            + host
            + ":"
            + request.getLocalPort()
            + request.getContextPath()
            + "/");
  }
}
