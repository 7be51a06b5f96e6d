package vn.motcua.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;

/**
 * Lays an XHTML page out as a PDF with openhtmltopdf (PDFBox underneath). The only font is
 * Liberation Serif, metric-compatible with Times New Roman (the typeface of Vietnamese
 * administrative documents) and complete for Vietnamese; its four faces are embedded and subset, so
 * a slip prints the same everywhere and stays small. Templates must ask for {@link #FONT_FAMILY}
 * only: a base-14 font would not be embedded.
 *
 * <p>Nothing is fetched while rendering: images come as {@code data:} URIs, and any other resource
 * (file, network) is refused, whatever a template or a value might name.
 */
public final class PdfRenderer {

  /** The CSS font family the templates use. */
  public static final String FONT_FAMILY = "Liberation Serif";

  private record Face(byte[] ttf, int weight, FontStyle style) {}

  // Read once from the class path (about 1.5 MB for the four faces); PDFBox parses them per render.
  private static final List<Face> FACES =
      List.of(
          face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
          face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
          face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
          face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private static Face face(String file, int weight, FontStyle style) {
    String path = "liberation/" + file;
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font " + path + " is missing (openpdf-fonts-extra)");
      }
      return new Face(in.readAllBytes(), weight, style);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + path, e);
    }
  }

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf logs every render at INFO ("Using fast-mode renderer..."): keep its warnings.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  /** The PDF of a well-formed XHTML document. */
  public byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("MotCua");
    // PDF/A-2u, the archival profile: fonts embedded, text mapped to Unicode, colours tied to sRGB.
    // It also keeps openhtmltopdf from setting up the non-embeddable base-14 fonts as fallbacks.
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
    builder.useColorProfile(SRGB);
    for (Face face : FACES) {
      builder.useFont(
          () -> new ByteArrayInputStream(face.ttf()),
          FONT_FAMILY,
          face.weight(),
          face.style(),
          true);
    }
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF", e);
    }
    return pdf.toByteArray();
  }
}
