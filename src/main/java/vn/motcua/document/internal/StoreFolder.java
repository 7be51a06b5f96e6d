package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The file store's folder on disk. A file's content lives at {@code <dir>/ab/cd/abcd...} where
 * {@code abcd...} is its SHA-256 in hex: the name is generated, never the one the file came with,
 * and the same content is one file. Uploads are written to {@code <dir>/tmp} first while they are
 * hashed and counted, then moved into place in one atomic rename, so that a file under its hash is
 * always whole.
 */
public final class StoreFolder {

  /** What an upload wrote to its temporary file. */
  public record Received(Path temporary, String sha256, long size) {}

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final Path tmp;

  /** Creates the folder and its {@code tmp} folder when they are missing. */
  public StoreFolder(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.tmp = this.root.resolve("tmp");
    Files.createDirectories(tmp);
    if (!Files.isWritable(this.root) || !Files.isWritable(tmp)) {
      throw new IOException("cannot write in " + this.root);
    }
  }

  public Path root() {
    return root;
  }

  public static boolean isSha256(String name) {
    return SHA256.matcher(name).matches();
  }

  /** Where the content with this hash lives. */
  public Path pathOf(String sha256) {
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("Not a SHA-256 in lower-case hex");
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /**
   * Copies an upload to a temporary file while hashing and counting it, and syncs it to disk. Reads
   * at most {@code maxBytes + 1} bytes: a larger upload is never read to its end.
   *
   * @return what was written, or empty when the upload has more than {@code maxBytes} bytes (its
   *     temporary file is then already deleted)
   */
  public Optional<Received> receive(InputStream content, long maxBytes) throws IOException {
    MessageDigest digest = sha256();
    Path temporary = Files.createTempFile(tmp, "upload-", ".part");
    boolean kept = false;
    try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[BUFFER];
      long size = 0;
      while (size <= maxBytes) {
        int n = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size));
        if (n < 0) {
          break;
        }
        digest.update(buffer, 0, n);
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        size += n;
      }
      if (size > maxBytes) {
        return Optional.empty();
      }
      out.force(true);
      kept = true;
      return Optional.of(new Received(temporary, HexFormat.of().formatHex(digest.digest()), size));
    } finally {
      if (!kept) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Whether the content with this hash is on disk, whole (of the size its hash was taken at). */
  public boolean holds(String sha256, long size) {
    Path path = pathOf(sha256);
    try {
      return Files.size(path) == size;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves a received file under its hash, in one rename, and makes that rename durable. */
  public void place(Received received) throws IOException {
    Path target = pathOf(received.sha256());
    Files.createDirectories(target.getParent());
    try {
      Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the store folder must be one file system with its tmp folder", e);
    }
    syncDirectory(target.getParent());
  }

  /** Deletes a temporary file that was not placed. */
  public void discard(Received received) {
    try {
      Files.deleteIfExists(received.temporary());
    } catch (IOException e) {
      // The sweep removes it later.
    }
  }

  /** When the content with this hash was written, or empty when it is not on disk. */
  public Optional<Instant> writtenAt(String sha256) throws IOException {
    try {
      return Optional.of(Files.getLastModifiedTime(pathOf(sha256)).toInstant());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Deletes the content with this hash; true when there was a file to delete. */
  public boolean delete(String sha256) throws IOException {
    return Files.deleteIfExists(pathOf(sha256));
  }

  /**
   * Calls back with the hash of every content file last written before an instant, without holding
   * them all in memory; files and folders that are not the store's own are left alone.
   */
  public void contentWrittenBefore(Instant instant, Consumer<String> each) throws IOException {
    FileTime limit = FileTime.from(instant);
    try (DirectoryStream<Path> first = Files.newDirectoryStream(root, StoreFolder::isPrefix)) {
      for (Path a : first) {
        try (DirectoryStream<Path> second = Files.newDirectoryStream(a, StoreFolder::isPrefix)) {
          for (Path b : second) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(b)) {
              for (Path file : files) {
                String name = file.getFileName().toString();
                if (isSha256(name)
                    && file.equals(pathOf(name))
                    && Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).compareTo(limit) < 0) {
                  each.accept(name);
                }
              }
            }
          }
        }
      }
    }
  }

  /**
   * Deletes temporary files last written before an instant: uploads cut short by a crash.
   *
   * @return how many were deleted
   */
  public int deleteTemporaryBefore(Instant instant) throws IOException {
    FileTime limit = FileTime.from(instant);
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
      for (Path file : files) {
        if (Files.isRegularFile(file)
            && Files.getLastModifiedTime(file).compareTo(limit) < 0
            && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static boolean isPrefix(Path dir) {
    return Files.isDirectory(dir) && dir.getFileName().toString().matches("[0-9a-f]{2}");
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every file system lets a directory be synced; the rename itself has happened.
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
