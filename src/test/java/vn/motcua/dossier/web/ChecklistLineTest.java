package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Checklist;
import vn.motcua.dossier.ProvidedDocument;
import vn.motcua.dossier.Provision;

/** What a line of the counter's checklist sends, and where a broken rule shows. */
class ChecklistLineTest {

  private static final Checklist.Item SHOWN =
      new Checklist.Item(2, "C2", "Căn cước", "SHOWN", false, true);
  private static final Checklist.Item IN_DATABASE =
      new Checklist.Item(3, "C3", "Giấy khai sinh", "COPY", true, false);

  @Test
  void aLineStartsInTheFormTheProcedureAsksForAndSendsNothingUntilReceived() {
    ChecklistLine line = new ChecklistLine(SHOWN);

    assertThat(line.getProvision()).isEqualTo(Provision.SHOWN);
    assertThat(line.isMissing()).isTrue();
    assertThat(line.provided()).isNull();

    line.setReceived(true);
    assertThat(line.isMissing()).isFalse();
    assertThat(line.provided()).isEqualTo(ProvidedDocument.paper(2, Provision.SHOWN));
  }

  @Test
  void aScanMakesAShownDocumentDigitisedAndReceived() {
    ChecklistLine line = new ChecklistLine(SHOWN);

    line.scanned(41, "can-cuoc.pdf");

    assertThat(line.provided()).isEqualTo(new ProvidedDocument(2, Provision.DIGITISED, 41L, null));
  }

  @Test
  void anEarlierDocumentChosenMakesTheLineReusedWhateverItsForm() {
    ChecklistLine line = new ChecklistLine(SHOWN);

    line.setReusedFromId(7L);

    assertThat(line.provided()).isEqualTo(new ProvidedDocument(2, Provision.REUSED, null, 7L));
  }

  @Test
  void aDocumentANationalDatabaseHoldsIsNeverMissing() {
    assertThat(new ChecklistLine(IN_DATABASE).isMissing()).isFalse();
  }

  @Test
  void everyFieldARuleCanBreakHasItsTextInBothLanguages() throws IOException {
    List<String> paths =
        List.of(
            "applicant.idNumber",
            "applicant.idNumberValid",
            "applicant.fullName",
            "applicant.birthDate",
            "applicant.phone",
            "applicant.email",
            "proxy.fullName",
            "proxy.idNumber",
            "sets",
            "copies",
            "something.else");
    for (String language : List.of("vi", "en")) {
      Properties bundle = bundle(language);
      for (String path : paths) {
        assertThat(bundle).containsKey(FieldOfRequest.of(path).messageKey());
      }
    }
    assertThat(FieldOfRequest.of("applicant.idNumberValid").componentId()).isEqualTo("idNumber");
    assertThat(FieldOfRequest.of("something.else").componentId()).as("shown at the top").isNull();
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ChecklistLineTest.class
            .getClassLoader()
            .getResourceAsStream("vn/motcua/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
