package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.OrgUnit;
import vn.motcua.security.Role;

/**
 * A procedure's legal time and internal process: the budgets must add up, each step be complete.
 */
class ProcessTemplateTest {

  private static ProcessStep step(String name, Role role, OrgUnit.Kind unit, Duration budget) {
    return new ProcessStep(name, role, unit, budget);
  }

  /** Reception 0.5 day, review 2 days, approval 0.5 day, signing 0.5 day, return 0.5 day. */
  private final ProcessTemplate typical =
      new ProcessTemplate(
          List.of(
              step(
                  "Tiếp nhận",
                  Role.RECEIVING_CLERK,
                  OrgUnit.Kind.COMMUNE_CENTER,
                  Duration.ofHours(4)),
              step(
                  "Thẩm định",
                  Role.SPECIALIST,
                  OrgUnit.Kind.COMMUNE_COMMITTEE,
                  Duration.ofHours(16)),
              step("Phê duyệt", Role.HEAD, OrgUnit.Kind.COMMUNE_COMMITTEE, Duration.ofHours(4)),
              step("Ký", Role.SIGNING_LEADER, OrgUnit.Kind.COMMUNE_COMMITTEE, Duration.ofHours(4)),
              step(
                  "Trả kết quả",
                  Role.RECEIVING_CLERK,
                  OrgUnit.Kind.COMMUNE_CENTER,
                  Duration.ofHours(4))));

  @Test
  void budgetsThatAddUpToTheLegalTimeAreAccepted() {
    assertThat(typical.totalBudget()).isEqualTo(Duration.ofHours(32));
    assertThatCode(
            () -> typical.requireBudgetsMatch(ProcessingTime.ofWorkingDays(BigDecimal.valueOf(4))))
        .doesNotThrowAnyException();
    assertThatCode(() -> typical.requireBudgetsMatch(ProcessingTime.ofWorkingHours(32)))
        .doesNotThrowAnyException();
  }

  @Test
  void budgetsThatDoNotAddUpAreRefusedWithBothTotals() {
    assertThatThrownBy(
            () -> typical.requireBudgetsMatch(ProcessingTime.ofWorkingDays(new BigDecimal("4.5"))))
        .hasMessage("The step budgets add up to 32 working hours, the legal processing time is 36");
    assertThatThrownBy(
            () -> typical.requireBudgetsMatch(ProcessingTime.ofWorkingDays(new BigDecimal("3.9"))))
        .hasMessageContaining("is 31:12");
  }

  @Test
  void aSameDayProcedureSharesOneWorkingDay() {
    ProcessTemplate sameDay =
        new ProcessTemplate(
            List.of(
                step(
                    "Tiếp nhận và xử lý",
                    Role.RECEIVING_CLERK,
                    OrgUnit.Kind.COMMUNE_CENTER,
                    Duration.ofHours(6)),
                step(
                    "Ký",
                    Role.SIGNING_LEADER,
                    OrgUnit.Kind.COMMUNE_COMMITTEE,
                    Duration.ofHours(2))));
    assertThatCode(() -> sameDay.requireBudgetsMatch(ProcessingTime.sameDay(LocalTime.of(15, 0))))
        .doesNotThrowAnyException();
  }

  @Test
  void incompleteStepsAreRefused() {
    assertThatThrownBy(
            () -> step("Thẩm định", null, OrgUnit.Kind.COMMUNE_COMMITTEE, Duration.ofHours(8)))
        .hasMessageContaining("no performer role");
    assertThatThrownBy(() -> step("Thẩm định", Role.SPECIALIST, null, Duration.ofHours(8)))
        .hasMessageContaining("no performer unit");
    assertThatThrownBy(
            () -> step("Thẩm định", Role.SPECIALIST, OrgUnit.Kind.COMMUNE_COMMITTEE, Duration.ZERO))
        .hasMessageContaining("positive time budget");
    assertThatThrownBy(
            () -> step(" ", Role.SPECIALIST, OrgUnit.Kind.COMMUNE_COMMITTEE, Duration.ofHours(1)))
        .hasMessageContaining("needs a name");
    assertThatThrownBy(() -> new ProcessTemplate(List.of()))
        .hasMessageContaining("at least one step");
  }

  @Test
  void aProcessingTimeIsExactlyOneOfItsThreeForms() {
    assertThatThrownBy(() -> new ProcessingTime(BigDecimal.ONE, 8, null))
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new ProcessingTime(null, null, null))
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> ProcessingTime.ofWorkingDays(BigDecimal.ZERO))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> ProcessingTime.ofWorkingDays(new BigDecimal("1.2345")))
        .hasMessageContaining("3 decimals");
    assertThatThrownBy(() -> ProcessingTime.ofWorkingHours(0)).hasMessageContaining("positive");
  }

  @Test
  void eachFormComputesItsDueInstantOnTheCalendar() {
    WorkingCalendar calendar = Vietnam2026.CALENDAR;
    Instant friday = OffsetDateTime.parse("2026-02-13T16:00+07:00").toInstant();
    assertThat(ProcessingTime.ofWorkingDays(BigDecimal.ONE).dueAt(calendar, friday))
        .isEqualTo(OffsetDateTime.parse("2026-02-23T16:00+07:00").toInstant());
    assertThat(ProcessingTime.ofWorkingHours(2).dueAt(calendar, friday))
        .isEqualTo(OffsetDateTime.parse("2026-02-23T08:00+07:00").toInstant());
    assertThat(ProcessingTime.sameDay(LocalTime.of(15, 0)).dueAt(calendar, friday))
        .isEqualTo(OffsetDateTime.parse("2026-02-23T17:00+07:00").toInstant());
  }
}
