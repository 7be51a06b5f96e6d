package vn.motcua.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Small files of each kind the store meets, made in code: what is accepted (PDF, JPEG, PNG) and
 * what is not (HTML, programs, text), each with a distinct content when given a distinct label.
 */
public final class SampleFiles {

  private SampleFiles() {}

  /** A one-page PDF. */
  public static byte[] pdf(String label) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% "
            + label
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The start of a PNG: signature and header chunk, then the label. */
  public static byte[] png(String label) {
    return concat(
        new byte[] {
          (byte) 0x89,
          'P',
          'N',
          'G',
          13,
          10,
          26,
          10,
          0,
          0,
          0,
          13,
          'I',
          'H',
          'D',
          'R',
          0,
          0,
          0,
          1,
          0,
          0,
          0,
          1,
          8,
          2,
          0,
          0,
          0
        },
        label.getBytes(StandardCharsets.UTF_8));
  }

  /** The start of a JPEG (JFIF), then the label. */
  public static byte[] jpeg(String label) {
    return concat(
        new byte[] {
          (byte) 0xff,
          (byte) 0xd8,
          (byte) 0xff,
          (byte) 0xe0,
          0,
          16,
          'J',
          'F',
          'I',
          'F',
          0,
          1,
          1,
          0,
          0,
          1,
          0,
          1,
          0,
          0
        },
        label.getBytes(StandardCharsets.UTF_8));
  }

  /** A web page, as someone might name it {@code .pdf}. */
  public static byte[] html(String label) {
    return ("<!DOCTYPE html>\n<html><head><title>"
            + label
            + "</title></head><body><script>alert(1)</script></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a Linux program (ELF). */
  public static byte[] elf(String label) {
    return concat(
        new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0},
        label.getBytes(StandardCharsets.UTF_8));
  }

  /** The start of a Windows program (MZ). */
  public static byte[] windowsProgram(String label) {
    byte[] header = new byte[128];
    header[0] = 'M';
    header[1] = 'Z';
    header[2] = (byte) 0x90;
    header[4] = 3;
    header[8] = 4;
    header[12] = (byte) 0xff;
    header[13] = (byte) 0xff;
    header[60] = (byte) 0x80;
    return concat(header, label.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] text(String label) {
    return ("Just some words: " + label + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A PDF of exactly this many bytes. */
  public static byte[] pdfOfSize(int size, String label) {
    byte[] start = pdf(label);
    byte[] file = Arrays.copyOf(start, size);
    Arrays.fill(file, start.length, size, (byte) ' ');
    return file;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
