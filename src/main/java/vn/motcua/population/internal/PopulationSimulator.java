package vn.motcua.population.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import vn.motcua.population.CitizenId;
import vn.motcua.population.Resident;
import vn.motcua.shared.config.Settings;
import vn.motcua.shared.persistence.DatabaseMigration;

/**
 * The simulated national population database of this instance: how it behaves (up, slow, down; each
 * instance of a cluster has its own), and who lives in the province (made up by {@link
 * SyntheticResidents} in the real commune-level units of the {@code administrative_unit} reference
 * table, read once).
 */
@ApplicationScoped
public class PopulationSimulator {

  private static final Logger LOG = Logger.getLogger(PopulationSimulator.class.getName());
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** How the simulated database behaves. */
  public enum Mode {
    /** Answers at once. */
    UP,
    /** Answers, after a delay longer than the adapter waits. */
    SLOW,
    /** Answers 503 at once. */
    DOWN
  }

  /** A mode and, when slow, the delay before each answer. */
  public record Behaviour(Mode mode, int delayMillis) {}

  @Inject private Config config;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  private String apiKey;
  private String apiKeyHeader;
  private int defaultDelayMillis;
  private final AtomicReference<Behaviour> behaviour =
      new AtomicReference<>(new Behaviour(Mode.UP, 0));
  private volatile SyntheticResidents residents;

  @PostConstruct
  void start() {
    apiKey = Settings.POPULATION_API_KEY.value(config);
    apiKeyHeader = Settings.POPULATION_API_KEY_HEADER.value(config);
    // Slow means slower than the adapter is willing to wait.
    defaultDelayMillis = Integer.parseInt(Settings.POPULATION_TIMEOUT.value(config)) + 3000;
  }

  /** The key a caller must present, blank when none is configured. */
  String apiKey() {
    return apiKey;
  }

  String apiKeyHeader() {
    return apiKeyHeader;
  }

  public Behaviour behaviour() {
    return behaviour.get();
  }

  /**
   * Changes how the simulated database behaves from the next look-up on.
   *
   * @param delayMillis for {@link Mode#SLOW}, the delay; {@code null} for longer than the adapter's
   *     timeout by 3 s
   */
  public Behaviour behave(Mode mode, Integer delayMillis) {
    Behaviour next =
        new Behaviour(
            mode, mode != Mode.SLOW ? 0 : delayMillis == null ? defaultDelayMillis : delayMillis);
    behaviour.set(next);
    LOG.info(
        () -> "Population simulator: " + next.mode() + ", delay " + next.delayMillis() + " ms");
    return next;
  }

  /** The simulated holder of this number today, in Vietnam. */
  Optional<Resident> holder(CitizenId id) {
    return residents().holder(id, LocalDate.now(VIETNAM));
  }

  private SyntheticResidents residents() {
    SyntheticResidents loaded = residents;
    if (loaded == null) {
      loaded = new SyntheticResidents(units());
      residents = loaded;
    }
    return loaded;
  }

  private List<SyntheticResidents.Unit> units() {
    List<SyntheticResidents.Unit> units = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT code, full_name, kind FROM administrative_unit ORDER BY code")) {
      while (rs.next()) {
        units.add(new SyntheticResidents.Unit(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the commune-level units", e);
    }
    return units;
  }
}
