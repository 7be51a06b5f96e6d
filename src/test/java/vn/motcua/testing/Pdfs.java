package vn.motcua.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a PDF back in tests: its text, its fonts, its pages, the QR code printed on it. */
public final class Pdfs {

  private Pdfs() {}

  /** The text of every page, in reading order, lines joined by single spaces. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Width and height of the first page in points. */
  public static float[] pageSize(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var box = document.getPage(0).getMediaBox();
      return new float[] {box.getWidth(), box.getHeight()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A font used on a page: its PostScript name and whether its program is in the file. */
  public record Font(String name, boolean embedded) {}

  /** Every font of every page. */
  public static List<Font> fonts(byte[] pdf) {
    List<Font> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(new Font(font.getName(), font.isEmbedded()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fonts;
  }

  /** The text of the QR code on the page (0-based), read from the page rendered at 200 dpi. */
  public static String qrCode(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200, ImageType.RGB);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    } catch (NotFoundException e) {
      throw new AssertionError("No QR code found on page " + (page + 1));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a QR code can be found on the page. */
  public static boolean hasQrCode(byte[] pdf, int page) {
    try {
      qrCode(pdf, page);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }
}
