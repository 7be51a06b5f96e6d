package vn.motcua.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The bodies the benchmark sends: online submissions of a birth registration by a woman living in
 * Hồng Gai (as {@code vn.motcua.testing.PortalClient} builds them), each with one PDF form of
 * exactly {@link #PDF_BYTES} bytes, to a service center given by the caller (the procedure is
 * received at any commune center).
 *
 * <p>Every PDF differs from every other in a few bytes (the submission's number in a comment), so
 * that each has its own SHA-256: the file store writes and syncs every one, as it would the forms
 * of different citizens, instead of finding the content already stored and skipping the write.
 */
final class Submissions {

  static final int PDF_BYTES = 10 * 1024;

  private static final byte[] HEAD =
      ("%PDF-1.4\n"
              + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
              + "% MotCua benchmark form ")
          .getBytes(StandardCharsets.US_ASCII);

  private static final byte[] TAIL =
      "\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static final int NUMBER_DIGITS = 12;

  /** The PDF with its number left blank; numbers are written into copies of it. */
  private static final byte[] TEMPLATE = template();

  private Submissions() {}

  /** A PDF of {@link #PDF_BYTES} bytes that no other number gives. */
  static byte[] pdf(long number) {
    byte[] pdf = TEMPLATE.clone();
    byte[] digits =
        String.format("%0" + NUMBER_DIGITS + "d", number).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, pdf, HEAD.length, NUMBER_DIGITS);
    return pdf;
  }

  /**
   * Submission number {@code number} of the run {@code run} to a center, as the portal sends it.
   */
  static String submission(String run, long number, String center) {
    return "{\"portalReference\":\"BENCH-"
        + run
        + "-"
        + number
        + "\",\"procedureCode\":\"1.001193\",\"receivingCenterCode\":\""
        + center
        + "\","
        + "\"applicant\":{\"type\":\"CITIZEN\",\"idNumber\":\""
        + String.format("0221928%05d", number % 100_000)
        + "\",\"fullName\":\"Lê Thị Trực Tuyến\",\"dateOfBirth\":\"1992-03-04\","
        + "\"gender\":\"FEMALE\",\"phone\":\"0912000111\","
        + "\"address\":\"Tổ 1, khu 2, phường Hồng Gai\",\"addressUnitCode\":\"00541\"},"
        + "\"documents\":[{\"requirementCode\":\"1\",\"fileName\":\"to-khai.pdf\","
        + "\"contentType\":\"application/pdf\",\"contentBase64\":\""
        + Base64.getEncoder().encodeToString(pdf(number))
        + "\"}],\"returnMethod\":\"ONLINE\"}";
  }

  /** The baseline's body: a reference only. */
  static String baseline(String run, long number) {
    return "{\"reference\":\"BENCH-" + run + "-" + number + "\"}";
  }

  private static byte[] template() {
    byte[] pdf = new byte[PDF_BYTES];
    Arrays.fill(pdf, (byte) 'x');
    System.arraycopy(HEAD, 0, pdf, 0, HEAD.length);
    Arrays.fill(pdf, HEAD.length, HEAD.length + NUMBER_DIGITS, (byte) '0');
    pdf[HEAD.length + NUMBER_DIGITS] = ' ';
    // Padding: a long comment, broken into lines as a PDF writer would.
    for (int i = HEAD.length + NUMBER_DIGITS + 80; i < PDF_BYTES - TAIL.length; i += 80) {
      pdf[i] = '\n';
      pdf[i + 1] = '%';
    }
    System.arraycopy(TAIL, 0, pdf, PDF_BYTES - TAIL.length, TAIL.length);
    return pdf;
  }
}
