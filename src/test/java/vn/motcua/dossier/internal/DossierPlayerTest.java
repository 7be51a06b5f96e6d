package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.Vietnam2026;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Routing;
import vn.motcua.dossier.StepState;
import vn.motcua.organization.OrgUnit;

/**
 * The generator's dossiers are realistic: every status, early, on time and late, some overdue now;
 * and each is what the aggregate's rules make of it.
 */
class DossierPlayerTest {

  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  private static final List<Dossier> PLAYED = new ArrayList<>();

  @BeforeAll
  static void play() {
    Reference reference = new Reference(Vietnam2026.CALENDAR);
    for (int i = 0; i < 3; i++) {
      String commune = "0000" + i;
      Routing.Unit center =
          new Routing.Unit(10 + i, OrgUnit.Kind.COMMUNE_CENTER, "Center " + i, commune);
      reference.centers.add(new Reference.Center(center, String.format("000.20.%02d.H22", i)));
      reference.committees.put(
          commune, new Routing.Unit(20 + i, OrgUnit.Kind.COMMUNE_COMMITTEE, "UBND " + i, commune));
      reference.communes.add(commune);
    }
    reference.centers.add(
        new Reference.Center(
            new Routing.Unit(1, OrgUnit.Kind.PROVINCIAL_CENTER, "Province", null),
            "000.00.01.H22"));
    reference.agencies.put(
        "SO-TUPHAP", new Routing.Unit(30, OrgUnit.Kind.PROVINCIAL_DEPARTMENT, "Sở", null));
    reference.procedures.add(procedure(1, "1.001193", "COMMUNE", null, true, 3));
    reference.procedures.add(procedure(2, "1.013855", "COMMUNE", null, false, 5));
    reference.procedures.add(procedure(3, "1.116555", "PROVINCE", "SO-TUPHAP", false, 10));
    DossierPlayer player =
        new DossierPlayer(reference, NOW, Duration.ofDays(120), Map.of("10/2026-11-19", 7));
    Random random = new Random(42);
    for (int i = 0; i < 3000; i++) {
      PLAYED.add(player.play(random));
    }
  }

  @Test
  void everyStatusOfThePortalAppears() {
    Set<DossierStatus> seen = new HashSet<>();
    PLAYED.forEach(d -> seen.add(d.status()));
    assertThat(seen).containsExactlyInAnyOrder(DossierStatus.values());
  }

  @Test
  void resolvedDossiersAreMeasuredWithARealisticMix() {
    List<Dossier> resolved = PLAYED.stream().filter(d -> d.finishedAt() != null).toList();
    long late =
        resolved.stream().filter(d -> d.outcome().orElseThrow().name().equals("LATE")).count();
    assertThat(resolved).allSatisfy(d -> assertThat(d.outcome()).isPresent());
    assertThat(late).isBetween(resolved.size() / 50L, resolved.size() / 4L);
    assertThat(resolved).anySatisfy(d -> assertThat(d.apologized()).isTrue());
  }

  @Test
  void openDossiersAreStillUnderWayAtNowAndSomeAreOverdue() {
    List<Dossier> open =
        PLAYED.stream()
            .filter(
                d -> d.status() == DossierStatus.PROCESSING || d.status() == DossierStatus.RECEIVED)
            .toList();
    assertThat(open).allSatisfy(d -> assertThat(d.current()).isPresent());
    assertThat(open).anySatisfy(d -> assertThat(d.dueAt()).isBefore(NOW));
    assertThat(PLAYED)
        .allSatisfy(
            d ->
                assertThat(d.history()).allSatisfy(t -> assertThat(t.at()).isBeforeOrEqualTo(NOW)));
  }

  @Test
  void codesAreUniqueAndContinueTheCounters() {
    assertThat(PLAYED.stream().map(Dossier::code).distinct()).hasSize(PLAYED.size());
    assertThat(PLAYED)
        .filteredOn(d -> d.code().startsWith("000.20.00.H22-261119-"))
        .allSatisfy(d -> assertThat(d.code()).isGreaterThan("000.20.00.H22-261119-0007"));
  }

  @Test
  void returnedDossiersHaveEveryStepEnded() {
    assertThat(PLAYED)
        .filteredOn(d -> d.status() == DossierStatus.RETURNED)
        .allSatisfy(
            d ->
                assertThat(d.steps())
                    .allSatisfy(
                        s ->
                            assertThat(s.state())
                                .isIn(StepState.DONE, StepState.CANCELLED, StepState.SENT_BACK)));
  }

  private static Reference.Procedure procedure(
      long id, String code, String level, String agency, boolean nonTerritorial, int days) {
    boolean commune = agency == null;
    int minutes = days * 480;
    List<ProcedureDetail.Step> steps =
        List.of(
            new ProcedureDetail.Step(
                "Tiếp nhận",
                "RECEIVING_CLERK",
                commune ? "COMMUNE_CENTER" : "PROVINCIAL_CENTER",
                120),
            new ProcedureDetail.Step(
                "Thẩm định",
                "SPECIALIST",
                commune ? "COMMUNE_COMMITTEE" : "PROVINCIAL_DEPARTMENT",
                minutes - 480),
            new ProcedureDetail.Step(
                "Xem xét", "HEAD", commune ? "COMMUNE_COMMITTEE" : "PROVINCIAL_DEPARTMENT", 120),
            new ProcedureDetail.Step(
                "Ký",
                "SIGNING_LEADER",
                commune ? "COMMUNE_COMMITTEE" : "PROVINCIAL_DEPARTMENT",
                120),
            new ProcedureDetail.Step(
                "Trả kết quả",
                "RECEIVING_CLERK",
                commune ? "COMMUNE_CENTER" : "PROVINCIAL_CENTER",
                120));
    return new Reference.Procedure(
        id,
        code,
        new ProcedureDetail(
            new ProcedureSummary(
                code,
                "Thủ tục " + code,
                "ho-tich",
                "Hộ tịch",
                level,
                nonTerritorial,
                "FULL",
                BigDecimal.valueOf(days),
                null,
                null),
            1,
            commune ? "COMMUNE_COMMITTEE" : "PROVINCIAL_DEPARTMENT",
            agency,
            "APPLICANT_ADDRESS",
            null,
            "test",
            List.of(
                new ProcedureDetail.Document("TK", "Tờ khai", "ORIGINAL", 1, null, true, "test"),
                new ProcedureDetail.Document(
                    "CC", "Căn cước", "SHOWN", 1, "CSDLQG về dân cư", true, "test")),
            List.of(new ProcedureDetail.FeeItem("Lệ phí", 8000, "FIXED", null, "test")),
            List.of("Giấy khai sinh"),
            steps));
  }
}
