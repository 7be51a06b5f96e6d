package vn.motcua.organization.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.Deployments;
import vn.motcua.testing.MotcuaIT;
import vn.motcua.testing.TestDatabase;

/** Quang Ninh's real organisation, as a portal or a kiosk reads it without logging in. */
@MotcuaIT
@RunAsClient
class OrganizationApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.motcua();
  }

  @ArquillianResource URL base;

  @Test
  void theProvinceHas55CentersAnd6ReceptionPoints() throws Exception {
    List<JsonObject> centers = serviceCenters();

    assertThat(centers).hasSize(61);
    Map<String, Long> byType =
        centers.stream()
            .collect(Collectors.groupingBy(c -> c.getString("type"), Collectors.counting()));
    assertThat(byType)
        .containsEntry("PROVINCIAL_CENTER", 1L)
        .containsEntry("COMMUNE_CENTER", 54L)
        .containsEntry("RECEPTION_POINT", 6L);
    assertThat(centers)
        .extracting(c -> c.getString("electronicId"))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("000\\.\\d{2}\\.\\d{2}\\.H22"));
  }

  @Test
  void communeCentersServeTheRealUnits() throws Exception {
    Map<String, JsonObject> byCode =
        serviceCenters().stream()
            .collect(Collectors.toMap(c -> c.getString("code"), Function.identity()));

    JsonObject maoKhe = byCode.get("TTPVHCC-MAO-KHE");
    assertThat(maoKhe.getString("name"))
        .isEqualTo("Trung tâm Phục vụ hành chính công phường Mạo Khê");
    assertThat(maoKhe.getJsonObject("unit").getString("kind")).isEqualTo("WARD");
    assertThat(maoKhe.getJsonObject("feeAccount").getString("number")).isNotBlank();
    assertThat(maoKhe.getBoolean("confirmed")).as("seeded details await confirmation").isFalse();

    assertThat(byCode.get("TTPVHCC-VAN-DON").getJsonObject("unit").getString("kind"))
        .isEqualTo("SPECIAL_ZONE");
    assertThat(byCode.get("TTPVHCC-CO-TO").getJsonObject("unit").getString("name"))
        .isEqualTo("Cô Tô");
  }

  @Test
  void receptionPointsBelongToTheSpecialZoneCenters() throws Exception {
    assertThat(serviceCenters())
        .filteredOn(c -> c.getString("type").equals("RECEPTION_POINT"))
        .extracting(c -> c.getString("parentCode"))
        .containsOnly("TTPVHCC-VAN-DON", "TTPVHCC-CO-TO");
  }

  @Test
  void everyCommuneHasItsPeoplesCommitteeAndTheProvinceItsAgencies() throws Exception {
    try (Connection c = TestDatabase.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT (SELECT count(*) FROM administrative_unit),"
                        + " (SELECT count(*) FROM org_unit WHERE kind = 'COMMUNE_COMMITTEE'),"
                        + " (SELECT count(*) FROM org_unit WHERE kind = 'PROVINCIAL_DEPARTMENT'),"
                        + " (SELECT count(*) FROM org_unit WHERE kind = 'VERTICAL_AGENCY')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(54);
      assertThat(rs.getInt(2)).isEqualTo(54);
      assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(10);
      assertThat(rs.getInt(4)).isEqualTo(3);
    }
  }

  private List<JsonObject> serviceCenters() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/service-centers")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }
}
