package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.document.SampleFiles;

/**
 * Proves the folder's layout (content under its SHA-256, never under its name), that an upload is
 * hashed and counted as it is written and never read far past the limit, and what the sweep sees.
 */
class StoreFolderTest {

  @TempDir Path dir;
  private StoreFolder folder;

  @BeforeEach
  void createFolder() throws Exception {
    folder = new StoreFolder(dir.resolve("files"));
  }

  @Test
  void anUploadIsHashedCountedAndWrittenToATemporaryFile() throws Exception {
    byte[] pdf = SampleFiles.pdf("hashed");

    StoreFolder.Received received = folder.receive(new ByteArrayInputStream(pdf), 1024).get();

    assertThat(received.sha256()).isEqualTo(SampleFiles.sha256(pdf));
    assertThat(received.size()).isEqualTo(pdf.length);
    assertThat(received.temporary().getParent()).isEqualTo(folder.root().resolve("tmp"));
    assertThat(Files.readAllBytes(received.temporary())).isEqualTo(pdf);
  }

  @Test
  void anUploadOfExactlyTheLimitIsReceived() throws Exception {
    byte[] pdf = SampleFiles.pdfOfSize(1000, "limit");

    assertThat(folder.receive(new ByteArrayInputStream(pdf), 1000)).isPresent();
  }

  @Test
  void anUploadAboveTheLimitStopsOneBytePastItAndLeavesNothing() throws Exception {
    Endless endless = new Endless();

    assertThat(folder.receive(endless, 200_000)).isEmpty();

    assertThat(endless.read).isEqualTo(200_001);
    assertThat(filesUnder(folder.root())).isEmpty();
  }

  @Test
  void placedContentIsNamedByItsHashInTwoLevelsOfFolders() throws Exception {
    byte[] png = SampleFiles.png("placed");
    String sha256 = SampleFiles.sha256(png);

    folder.place(folder.receive(new ByteArrayInputStream(png), 1024).get());

    Path expected = folder.root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4));
    assertThat(filesUnder(folder.root())).containsExactly(expected.resolve(sha256));
    assertThat(Files.readAllBytes(folder.pathOf(sha256))).isEqualTo(png);
    assertThat(folder.holds(sha256, png.length)).isTrue();
    assertThat(folder.holds(sha256, png.length + 1)).as("a truncated file is not held").isFalse();
  }

  @Test
  void onlyHashesNameFiles() {
    assertThatThrownBy(() -> folder.pathOf("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> folder.pathOf("A".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSweepSeesOnlyOldContentFilesOfItsOwn() throws Exception {
    String old = place(SampleFiles.pdf("old"));
    String young = place(SampleFiles.pdf("young"));
    Instant now = Instant.now();
    Files.setLastModifiedTime(folder.pathOf(old), FileTime.from(now.minus(Duration.ofHours(2))));
    Path foreign = folder.pathOf(old).resolveSibling("notes.txt");
    Files.writeString(foreign, "not the store's");
    Files.setLastModifiedTime(foreign, FileTime.from(now.minus(Duration.ofHours(2))));

    List<String> seen = new ArrayList<>();
    folder.contentWrittenBefore(now.minus(Duration.ofHours(1)), seen::add);

    assertThat(seen).containsExactly(old).doesNotContain(young);
  }

  @Test
  void oldTemporaryFilesAreDeletedYoungOnesKept() throws Exception {
    Path tmp = folder.root().resolve("tmp");
    Path old = Files.writeString(tmp.resolve("upload-1.part"), "cut short");
    Path young = Files.writeString(tmp.resolve("upload-2.part"), "in progress");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    assertThat(folder.deleteTemporaryBefore(Instant.now().minus(Duration.ofHours(1)))).isOne();

    assertThat(old).doesNotExist();
    assertThat(young).exists();
  }

  private String place(byte[] content) throws Exception {
    StoreFolder.Received received = folder.receive(new ByteArrayInputStream(content), 1024).get();
    folder.place(received);
    return received.sha256();
  }

  private static List<Path> filesUnder(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).toList();
    }
  }

  /** An upload that never ends, counting what was read of it. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      read += len;
      return len;
    }
  }
}
