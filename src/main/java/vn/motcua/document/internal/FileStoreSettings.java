package vn.motcua.document.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.motcua.document.FileLimits;
import vn.motcua.shared.config.Setting;
import vn.motcua.shared.config.Settings;

/**
 * The file store's settings ({@code motcua.files.*}), read once; the folder is created, and checked
 * writable, when they are first used (at start-up, by {@link FileSweeper}).
 */
@ApplicationScoped
public class FileStoreSettings {

  private static final Logger LOG = Logger.getLogger(FileStoreSettings.class.getName());

  @Inject private Config config;

  private StoreFolder folder;
  private FileLimits limits;
  private Duration orphanGrace;

  @PostConstruct
  void read() {
    String dir = config.getValue(Settings.FILES_DIR.key(), String.class).strip();
    try {
      folder = new StoreFolder(Path.of(dir));
    } catch (IOException | RuntimeException e) {
      String problem =
          "Cannot start MotCua: "
              + Settings.FILES_DIR.invalid("cannot create or write the folder " + dir);
      LOG.severe(problem);
      throw new IllegalStateException(problem, e);
    }
    limits =
        new FileLimits(
            number(Settings.FILES_MAX_FILE_BYTES), number(Settings.FILES_MAX_DOSSIER_BYTES));
    orphanGrace = Duration.ofMinutes(number(Settings.FILES_ORPHAN_GRACE));
    LOG.info(() -> "File store in " + folder.root());
  }

  public StoreFolder folder() {
    return folder;
  }

  public FileLimits limits() {
    return limits;
  }

  /** How old a file no row refers to must be before the sweep deletes it. */
  public Duration orphanGrace() {
    return orphanGrace;
  }

  private long number(Setting setting) {
    return Long.parseLong(setting.value(config));
  }
}
