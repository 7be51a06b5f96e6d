package vn.motcua.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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

  // Read once from the class path (about 1.5 MB for the four faces); parsed per render, since a
  // PDFBox font belongs to one document.
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
    try (PDDocument document = new PDDocument()) {
      render(xhtml, document, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF", e);
    }
    return pdf.toByteArray();
  }

  private static void render(String xhtml, PDDocument document, ByteArrayOutputStream pdf)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(document);
    builder.useFastMode();
    builder.withProducer("MotCua");
    // PDF/A-2u, the archival profile: fonts embedded, text mapped to Unicode, colours tied to sRGB.
    // It also keeps openhtmltopdf from setting up the non-embeddable base-14 fonts as fallbacks.
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
    builder.useColorProfile(SRGB);
    for (Face face : FACES) {
      // Without glyph substitution (GSUB): Vietnamese needs none (every letter with its marks is
      // one glyph of the font), PDFBox's GSUB rebuilds regular expressions for every string it
      // draws (8 ms a line of the tracking book), and a ligature would drop its letters from the
      // text a reader copies or searches.
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.ttf()));
      ttf.setEnableGsub(false);
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(document, ttf, true)),
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
    // Composed (NFC): a letter typed with combining marks becomes the font's one glyph for it.
    builder.withHtmlContent(Normalizer.normalize(xhtml, Normalizer.Form.NFC), null);
    builder.toStream(pdf);
    builder.run();
  }
}
