package vn.motcua.dossier.slip;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.dossier.DossierClock;
import vn.motcua.dossier.DossierRefusal;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingEntry;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.UnitHeading;
import vn.motcua.security.AccountService;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.shared.audit.AccessLog;
import vn.motcua.shared.pdf.PdfRenderer;
import vn.motcua.shared.pdf.PdfTemplates;

/**
 * Prints a dossier's slips as PDF for someone who may read the dossier (to anyone else it does not
 * exist), the guidance slip of an incomplete dossier at the counter, and a center's tracking book.
 * Everything a slip names is read before the template runs: the dossier in one call, then the
 * units' headings and the officers' names in a few queries whatever their number.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SlipService {

  /** The most lines of a tracking book as PDF (about 5 s to lay out) and as a workbook. */
  public static final int BOOK_PDF_LINES = 5_000;

  public static final int BOOK_WORKBOOK_LINES = 50_000;

  private static final PdfTemplates TEMPLATES = new PdfTemplates("vn/motcua/dossier/slip");
  private static final PdfRenderer RENDERER = new PdfRenderer();

  @Inject private DossierService dossiers;
  @Inject private CatalogService catalog;
  @Inject private OrganizationService organization;
  @Inject private AccountService accounts;
  @Inject private DossierClock clock;
  @Inject private AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "motcua.public-url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  /** The slip of a dossier, as PDF. */
  public byte[] slip(@NotNull Actor actor, @NotNull Slip slip, @NotBlank String code) {
    DossierView dossier = dossiers.dossier(actor, code);
    accessLog.opened(actor.username(), DossierService.SUBJECT, dossier.code(), "SLIP");
    return RENDERER.render(
        TEMPLATES.fill(slip.template(), SlipModels.model(slip, dossier, facts(dossier))));
  }

  /**
   * The guidance slip (form 02 without a dossier code) listing what an applicant must still bring
   * before the counter can receive the dossier; headed by the clerk's unit.
   */
  public byte[] guidance(
      @NotNull Actor actor,
      @NotBlank String procedureCode,
      @Size(max = 300) String applicantName,
      @NotNull @Size(min = 1, max = 100) List<@NotBlank String> missing) {
    if (actor.unitId() == null || !actor.has(Role.RECEIVING_CLERK)) {
      throw DossierRefusal.forbidden("Only a receiving clerk prints a guidance slip");
    }
    ProcedureSummary procedure = catalog.procedure(procedureCode).summary();
    UnitHeading heading = headingOf(actor);
    String officer = accounts.fullNames(Set.of(actor.username())).get(actor.username());
    return RENDERER.render(
        TEMPLATES.fill(
            Slip.SUPPLEMENT.template(),
            SlipModels.guidance(heading, procedure, applicantName, missing, officer, clock.now())));
  }

  /** The tracking book of the director's center for a period, as PDF (A4 landscape). */
  public byte[] trackingBookPdf(
      @NotNull Actor actor, @NotNull LocalDate from, @NotNull LocalDate to) {
    List<TrackingEntry> lines = dossiers.trackingBook(actor, from, to, BOOK_PDF_LINES);
    UnitHeading heading = headingOf(actor);
    return RENDERER.render(
        TEMPLATES.fill(
            "07-tracking-book.xhtml", TrackingBookModel.of(heading, from, to, lines, clock.now())));
  }

  /** The same tracking book as an Excel workbook. */
  public byte[] trackingBookWorkbook(
      @NotNull Actor actor, @NotNull LocalDate from, @NotNull LocalDate to) {
    List<TrackingEntry> lines = dossiers.trackingBook(actor, from, to, BOOK_WORKBOOK_LINES);
    UnitHeading heading = headingOf(actor);
    return TrackingBookWorkbook.write(heading, from, to, lines);
  }

  /** How the actor's unit heads what it issues. */
  private UnitHeading headingOf(Actor actor) {
    return organization.headings(Set.of(actor.unitId())).get(actor.unitId());
  }

  private SlipFacts facts(DossierView dossier) {
    Set<Long> units = new HashSet<>();
    units.add(dossier.receivingUnitId());
    units.add(dossier.returnUnitId());
    units.add(dossier.competentUnitId());
    dossier.steps().forEach(step -> units.add(step.unitId()));
    dossier.history().stream()
        .map(DossierView.Entry::unitId)
        .filter(Objects::nonNull)
        .forEach(units::add);
    Set<String> people = new HashSet<>();
    dossier.history().stream()
        .map(DossierView.Entry::actor)
        .filter(Objects::nonNull)
        .forEach(people::add);
    dossier.steps().stream()
        .map(DossierView.Step::assignee)
        .filter(Objects::nonNull)
        .forEach(people::add);
    ProcedureSummary procedure = catalog.version(dossier.procedureVersionId()).detail().summary();
    Map<String, String> names = accounts.fullNames(people);
    return new SlipFacts(
        procedure.name(),
        processingTime(procedure),
        organization.headings(units),
        names,
        publicUrl,
        clock.now());
  }

  /** The legal processing time as the receipt words it: {@code 1,5 ngày làm việc}. */
  static String processingTime(ProcedureSummary procedure) {
    if (procedure.processingDays() != null) {
      return days(procedure.processingDays()) + " ngày làm việc";
    }
    if (procedure.processingHours() != null) {
      return procedure.processingHours() + " giờ làm việc";
    }
    if (procedure.sameDayCutOff() != null) {
      return "trong ngày làm việc (nhận trước " + procedure.sameDayCutOff() + ")";
    }
    return "";
  }

  private static String days(BigDecimal days) {
    DecimalFormat format =
        new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")));
    return format.format(days);
  }
}
