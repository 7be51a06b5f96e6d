package vn.motcua.shared.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a PNG {@code data:} URI for an {@code <img>} of a template. Drawn with whole pixels
 * per module and the standard quiet zone of four modules, so that it stays sharp when printed and a
 * phone or a counter's scanner reads it at once.
 */
public final class QrCode {

  private static final int PIXELS_PER_MODULE = 8;
  private static final int QUIET_ZONE = 4;
  private static final int BLACK = 0xFF000000;
  private static final int WHITE = 0xFFFFFFFF;

  private QrCode() {}

  /** The text (UTF-8) as a QR code, error correction M (15 % of the code may be damaged). */
  public static String pngDataUri(String text) {
    BitMatrix modules;
    try {
      modules =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8",
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " chars");
    }
    int size = (modules.getWidth() + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / PIXELS_PER_MODULE - QUIET_ZONE;
        int my = y / PIXELS_PER_MODULE - QUIET_ZONE;
        boolean dark =
            mx >= 0
                && my >= 0
                && mx < modules.getWidth()
                && my < modules.getHeight()
                && modules.get(mx, my);
        image.setRGB(x, y, dark ? BLACK : WHITE);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
