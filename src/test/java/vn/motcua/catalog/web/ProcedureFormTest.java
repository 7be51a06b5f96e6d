package vn.motcua.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessTemplate;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/** The editor's checks: every error lands beside its field, and only a clean form saves. */
class ProcedureFormTest {

  /** Birth registration: 3 working days = 24 hours, in three steps of 4 + 16 + 4 hours. */
  private static ProcedureContent birthRegistration() {
    return new ProcedureContent(
        "Đăng ký khai sinh",
        "ho-tich",
        "COMMUNE",
        "COMMUNE_COMMITTEE",
        null,
        "APPLICANT_ADDRESS",
        ProcessingTime.ofWorkingDays(new BigDecimal("3")),
        "FULL",
        true,
        null,
        List.of(
            new ProcedureContent.Document(
                null, "Tờ khai đăng ký khai sinh", "ORIGINAL", 1, null, true, "portal export")),
        List.of(new ProcedureContent.Fee("Lệ phí", 0, "FIXED", "Miễn lệ phí", "portal export")),
        List.of("Giấy khai sinh"),
        new ProcessTemplate(
            List.of(
                step("Tiếp nhận", Role.RECEIVING_CLERK, OrgUnit.Kind.COMMUNE_CENTER, 4),
                step("Thẩm định", Role.SPECIALIST, OrgUnit.Kind.COMMUNE_COMMITTEE, 16),
                step("Ký", Role.SIGNING_LEADER, OrgUnit.Kind.COMMUNE_COMMITTEE, 4))));
  }

  private static ProcessStep step(String name, Role role, OrgUnit.Kind unit, int hours) {
    return new ProcessStep(name, role, unit, Duration.ofHours(hours));
  }

  @Test
  void anUntouchedFormGivesBackTheSameContent() {
    ProcedureContent content = birthRegistration();

    assertThat(ProcedureForm.of(content).check()).isEqualTo(content);
  }

  @Test
  void blanksAroundTextsAndTrailingZerosOfTheDaysChangeNothing() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.setName(" Đăng ký khai sinh\n");
    form.setDays(new BigDecimal("3.000"));
    form.getFees().get(0).setExemption("Miễn lệ phí  ");

    assertThat(form.check()).isEqualTo(birthRegistration());
  }

  @Test
  void budgetsThatDoNotAddUpAreRefusedOnTheSteps() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.getSteps().get(1).setBudgetHours(new BigDecimal("12"));

    assertThat(form.check()).isNull();
    assertThat(form.getErrors()).containsEntry("steps", "editor.error.budgetTotal");
    assertThat(form.isBudgetBalanced()).isFalse();
    assertThat(form.getBudgetTotalHours()).isEqualByComparingTo("20");
    assertThat(form.getLegalTimeHours()).isEqualByComparingTo("24");
  }

  @Test
  void movingTimeBetweenStepsKeepsTheTotalAndSaves() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.getSteps().get(1).setBudgetHours(new BigDecimal("12.5"));
    form.getSteps().get(2).setBudgetHours(new BigDecimal("7.5"));

    ProcedureContent saved = form.check();

    assertThat(saved).isNotNull();
    assertThat(saved.process().steps().get(1).budget()).isEqualTo(Duration.ofMinutes(750));
  }

  @Test
  void aFeeBelowZeroIsRefusedOnItsAmount() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.getFees().get(0).setAmount(-5_000L);

    assertThat(form.check()).isNull();
    assertThat(form.getFees().get(0).getErrors())
        .containsEntry("amount", "editor.error.feeNegative");
    assertThat(form.getErrors()).isEmpty();
  }

  @Test
  void aStepWithNoPerformerIsRefusedOnThatStep() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.getSteps().get(2).setRole(null);

    assertThat(form.check()).isNull();
    assertThat(form.getSteps().get(2).getErrors())
        .containsEntry("performer", "editor.error.performer");
    assertThat(form.getSteps().get(0).getErrors()).isEmpty();
  }

  @Test
  void aBudgetThatIsNoWholeNumberOfMinutesIsRefused() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.getSteps().get(0).setBudgetHours(new BigDecimal("0.33"));

    assertThat(form.check()).isNull();
    assertThat(form.getSteps().get(0).getErrors()).containsEntry("budget", "editor.error.budget");
  }

  @Test
  void aNewStepMustBeFilledInBeforeSaving() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.addStep();

    assertThat(form.check()).isNull();
    assertThat(form.getSteps().get(3).getErrors()).containsOnlyKeys("name", "performer", "budget");
  }

  @Test
  void aProcessWithoutStepsIsRefused() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    List.copyOf(form.getSteps()).forEach(form::remove);

    assertThat(form.check()).isNull();
    assertThat(form.getErrors()).containsEntry("steps", "editor.error.noSteps");
  }

  @Test
  void aNamedAgencyKindNeedsTheAgency() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.setAgencyKind("PROVINCIAL_DEPARTMENT");

    assertThat(form.check()).isNull();
    assertThat(form.getErrors()).containsEntry("agency", "editor.error.agency");

    form.setAgencyCode("SO-TU-PHAP");
    assertThat(form.check().agencyCode()).isEqualTo("SO-TU-PHAP");
  }

  @Test
  void switchingToWorkingHoursComparesTheStepsWithThoseHours() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.setTimeKind(ProcedureForm.TimeKind.HOURS);
    form.setHours(24);

    assertThat(form.check().processingTime()).isEqualTo(ProcessingTime.ofWorkingHours(24));

    form.setHours(null);
    assertThat(form.check()).isNull();
    assertThat(form.getErrors()).containsEntry("time", "editor.error.time");
  }

  @Test
  void movingAStepUpReordersTheProcess() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.moveUp(form.getSteps().get(2));
    form.moveUp(form.getSteps().get(0)); // the first step stays first

    assertThat(form.check().process().steps())
        .extracting(ProcessStep::name)
        .containsExactly("Tiếp nhận", "Ký", "Thẩm định");
  }

  @Test
  void aBlankNameAndFieldAreRefusedOnTheirFields() {
    ProcedureForm form = ProcedureForm.of(birthRegistration());
    form.setName("  ");
    form.setFieldCode(null);

    assertThat(form.check()).isNull();
    assertThat(form.getErrors())
        .containsEntry("name", "editor.error.required")
        .containsEntry("field", "editor.error.required");
  }
}
