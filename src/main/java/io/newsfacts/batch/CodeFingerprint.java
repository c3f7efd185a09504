package io.newsfacts.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the NewsFacts code that is running: every entry of its jar (classes, resources, the
 * pom with its dependency versions), or of its classes folder when run from an IDE or the tests.
 * Two builds of the same sources have the same fingerprint (entries are hashed by name and content,
 * not by time), so rebuilding before a resumed run keeps the work already done, while any change
 * to the code makes every article count as changed.
 */
public final class CodeFingerprint {

  private CodeFingerprint() {}

  private static final class Holder {
    static final String VALUE = compute();
  }

  /** The fingerprint: the version number and 16 hex digits of the code's hash. */
  public static String value() {
    return Holder.VALUE;
  }

  private static String compute() {
    try {
      Path location = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(location)) {
        hashFolder(location, digest);
      } else {
        hashJar(location, digest);
      }
      return Version.number() + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // Unknown code: nothing done before can be trusted to be the same, so nothing is reused.
      return Version.number() + "+unknown-" + System.nanoTime();
    }
  }

  private static void hashJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          entries.add(entry);
        }
      }
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry entry : entries) {
        try (InputStream in = file.getInputStream(entry)) {
          add(digest, entry.getName(), in.readAllBytes());
        }
      }
    }
  }

  private static void hashFolder(Path root, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      add(digest, root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
  }

  private static void add(MessageDigest digest, String name, byte[] content) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
  }
}
