package vn.motcua.shared.config;

import java.util.List;

/**
 * Every configuration key of MotCua in one place: the README's configuration table and the start-up
 * check are read from here. Keys of later capabilities join this list.
 */
public final class Settings {

  public static final Setting DB_URL =
      new Setting(
          "motcua.db.url",
          null,
          "JDBC URL of the PostgreSQL 15+ database; set by run.sh for the embedded database");
  public static final Setting DB_USER = new Setting("motcua.db.user", null, "Database user");
  public static final Setting DB_PASSWORD =
      new Setting("motcua.db.password", null, "Database password");
  public static final Setting DB_OWNER =
      new Setting(
          "motcua.db.owner",
          "",
          "Database role that owns the schema and runs the migrations; MotCua then works as"
              + " motcua.db.user, which may change rows but only add audit rows. Empty: one role"
              + " does both (the audit trail is then guarded by its trigger alone)");
  public static final Setting DB_OWNER_PASSWORD =
      new Setting("motcua.db.owner-password", "", "Password of motcua.db.owner");
  public static final Setting DEMO =
      new Setting(
          "motcua.demo",
          "false",
          "Load demo data into an empty database; the simulators of external systems need it");
  public static final Setting DEFAULT_LOCALE =
      new Setting("motcua.ui.default-locale", "vi", "Language of the screens: vi or en");

  public static final Setting WORKING_HOURS =
      new Setting(
          "motcua.calendar.working-hours",
          "07:00-11:30,13:30-17:00",
          "The two working sessions of a working day; together exactly 8 hours");

  public static final Setting CALENDAR_REFRESH =
      new Setting(
          "motcua.calendar.refresh-seconds",
          "30",
          "How often each instance checks whether the calendar changed, in seconds");

  public static final Setting DEADLINE_INTERVAL =
      new Setting(
          "motcua.deadlines.interval-seconds",
          "300",
          "How often the deadline watch flags steps and dossiers due soon or overdue, in seconds;"
              + " 0: no automatic rounds (tests)");

  public static final Setting DUE_SOON_SHARE =
      new Setting(
          "motcua.deadlines.due-soon-share",
          "0.25",
          "A step or dossier is due soon when less than this share of its budget is left (0-1)");

  public static final Setting SIMULATORS =
      new Setting(
          "motcua.simulators.enabled",
          "false",
          "Answer as the simulators of external systems under /api/simulator (demo and tests"
              + " only: needs motcua.demo=true); otherwise those paths are 404");

  public static final Setting POPULATION_URL =
      new Setting(
          "motcua.population.url",
          "",
          "Base URL of the national population database's look-up service; a path starting with /"
              + " means this application (the simulator); unset: every look-up is unavailable and"
              + " reception uses manual entry");

  public static final Setting POPULATION_TIMEOUT =
      new Setting(
          "motcua.population.timeout-millis",
          "2000",
          "How long a look-up in the population database may take (connection and answer), in"
              + " milliseconds, before reception falls back to manual entry");

  public static final Setting POPULATION_API_KEY_HEADER =
      new Setting(
          "motcua.population.api-key-header",
          "X-API-Key",
          "Name of the HTTP header that carries MotCua's key for the population database");

  public static final Setting POPULATION_API_KEY =
      new Setting(
          "motcua.population.api-key",
          "",
          "MotCua's key for the population database (a secret: environment variable only); unset:"
              + " no key is sent");

  public static final Setting PORTAL_SIMULATOR_DELAY =
      new Setting(
          "motcua.simulators.portal-delay-millis",
          "35000",
          "How long the portal simulator holds back its answer in TIMEOUT mode unless the mode"
              + " says otherwise, in milliseconds; longer than the sync sender waits");

  public static final Setting FILES_DIR =
      new Setting(
          "motcua.files.dir",
          null,
          "Absolute path of the folder where the files of dossiers are stored; run.sh sets"
              + " <home>/files");

  public static final Setting FILES_MAX_FILE_BYTES =
      new Setting(
          "motcua.files.max-file-bytes", "20971520", "The largest file accepted, in bytes (20 MB)");

  public static final Setting FILES_MAX_DOSSIER_BYTES =
      new Setting(
          "motcua.files.max-dossier-bytes",
          "104857600",
          "The most the files of one dossier may take together, in bytes (100 MB)");

  public static final Setting FILES_ORPHAN_GRACE =
      new Setting(
          "motcua.files.orphan-grace-minutes",
          "60",
          "How old a stored file that no database row refers to must be before the hourly sweep"
              + " deletes it, in minutes");

  public static final Setting PUBLIC_URL =
      new Setting(
          "motcua.public-url",
          "http://localhost:8080",
          "Base URL at which applicants reach MotCua's public pages; the QR code of every slip"
              + " carries <base>/tra-cuu?ma=<dossier code>");

  public static final Setting PORTAL_SYNC_URL =
      new Setting(
          "motcua.portal.sync.url",
          "",
          "URL of the National Public Service Portal's sync endpoint, where the outbox relay posts"
              + " every message; a path starting with / means this application (the simulator);"
              + " unset: messages wait in the outbox");

  public static final Setting PORTAL_SYNC_SESSION =
      new Setting(
          "motcua.portal.sync.session",
          "",
          "The session token the portal gave MotCua, sent in every message (a secret: environment"
              + " variable only)");

  public static final Setting PORTAL_SYNC_UNIT_CODE =
      new Setting(
          "motcua.portal.sync.unit-code",
          "",
          "The province's unit code at the portal (madonvi), sent in every message");

  public static final Setting PORTAL_SYNC_TIMEOUT =
      new Setting(
          "motcua.portal.sync.timeout-millis",
          "10000",
          "How long one delivery to the portal may take (connection and answer), in milliseconds;"
              + " a delivery that takes longer is a failure, tried again");

  public static final Setting PORTAL_SYNC_MAX_ATTEMPTS =
      new Setting(
          "motcua.portal.sync.max-attempts",
          "10",
          "Attempts to deliver a message before it is dead (kept, shown to the administrator, and"
              + " holding its dossier's later messages until retried)");

  public static final Setting PORTAL_SYNC_BACKOFF_BASE =
      new Setting(
          "motcua.portal.sync.backoff-base-millis",
          "30000",
          "Wait before the second attempt, in milliseconds; doubled after each failure, with"
              + " jitter");

  public static final Setting PORTAL_SYNC_BACKOFF_MAX =
      new Setting(
          "motcua.portal.sync.backoff-max-millis",
          "3600000",
          "The longest wait between two attempts, in milliseconds");

  public static final Setting PORTAL_SYNC_BATCH =
      new Setting(
          "motcua.portal.sync.batch-size",
          "50",
          "Messages one instance takes and sends at once (one per dossier)");

  public static final Setting PORTAL_SYNC_WORKERS =
      new Setting(
          "motcua.portal.sync.workers",
          "4",
          "Rounds one instance runs at once, each with its own batch: a round waits on the portal"
              + " and the database most of its time");

  public static final Setting PORTAL_SYNC_INTERVAL =
      new Setting(
          "motcua.portal.sync.interval-millis",
          "5000",
          "How often every instance looks for messages to send, in milliseconds; 0: no automatic"
              + " rounds (tests start them)");

  public static final Setting LOGIN_ACCOUNT_FAILURES =
      new Setting(
          "motcua.login.account-failures",
          "5",
          "Failed logins in a row under one login name before each further failure blocks that"
              + " name: a minute, then two, four... up to motcua.login.longest-block-minutes");
  public static final Setting LOGIN_ADDRESS_FAILURES =
      new Setting(
          "motcua.login.address-failures",
          "30",
          "The same, per client address (whatever the login names tried from it)");
  public static final Setting LOGIN_LONGEST_BLOCK =
      new Setting(
          "motcua.login.longest-block-minutes",
          "30",
          "The longest a login name or address is blocked after one more failure, in minutes");
  public static final Setting LOGIN_SECOND_FACTOR_ROLES =
      new Setting(
          "motcua.login.second-factor-roles",
          "PROVINCIAL_ADMIN",
          "Roles whose accounts must sign in with a code from an authenticator app (TOTP) after"
              + " their password, comma-separated, or NONE; enrolled at their next login");
  public static final Setting SESSION_IDLE =
      new Setting(
          "motcua.session.idle-minutes",
          "30",
          "A screen session left idle this long ends, in minutes");

  public static final Setting AUDIT_SEAL_MINUTES =
      new Setting(
          "motcua.audit.seal-minutes",
          "10",
          "How often the audit trail is sealed (the head of every chain changed since the previous"
              + " seal recorded, so that removing a chain's last rows is found), in minutes; 0: no"
              + " automatic seals (tests)");

  public static final Setting PORTAL_JWT_ISSUER =
      new Setting(
          "motcua.portal.jwt.issuer",
          null,
          "Issuer (iss) of the national portal's bearer tokens, exactly as its tokens carry it");

  public static final Setting PORTAL_JWT_PUBLIC_KEY =
      new Setting(
          "motcua.portal.jwt.public-key",
          null,
          "The national portal's RSA public key that signs its bearer tokens (RS256): PEM text, or"
              + " the path of a PEM file (relative: in the config folder); several PEM blocks while"
              + " the portal rotates its key");

  public static final List<Setting> ALL =
      List.of(
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          DB_OWNER,
          DB_OWNER_PASSWORD,
          DEMO,
          DEFAULT_LOCALE,
          WORKING_HOURS,
          CALENDAR_REFRESH,
          DEADLINE_INTERVAL,
          DUE_SOON_SHARE,
          SIMULATORS,
          POPULATION_URL,
          POPULATION_TIMEOUT,
          POPULATION_API_KEY_HEADER,
          POPULATION_API_KEY,
          PORTAL_SIMULATOR_DELAY,
          FILES_DIR,
          FILES_MAX_FILE_BYTES,
          FILES_MAX_DOSSIER_BYTES,
          FILES_ORPHAN_GRACE,
          PUBLIC_URL,
          PORTAL_SYNC_URL,
          PORTAL_SYNC_SESSION,
          PORTAL_SYNC_UNIT_CODE,
          PORTAL_SYNC_TIMEOUT,
          PORTAL_SYNC_MAX_ATTEMPTS,
          PORTAL_SYNC_BACKOFF_BASE,
          PORTAL_SYNC_BACKOFF_MAX,
          PORTAL_SYNC_BATCH,
          PORTAL_SYNC_WORKERS,
          PORTAL_SYNC_INTERVAL,
          LOGIN_ACCOUNT_FAILURES,
          LOGIN_ADDRESS_FAILURES,
          LOGIN_LONGEST_BLOCK,
          LOGIN_SECOND_FACTOR_ROLES,
          SESSION_IDLE,
          AUDIT_SEAL_MINUTES,
          PORTAL_JWT_ISSUER,
          PORTAL_JWT_PUBLIC_KEY);

  private Settings() {}
}
