package io.newsfacts.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium run headless on report pages: {@code --dump-dom} gives the DOM after the page's
 * scripts ran; {@code --screenshot} a PNG. Each call gets a fresh profile and a time limit.
 */
final class HeadlessChromium {

  private static final long TIMEOUT_SECONDS = 90;
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync");

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /**
   * The installed Chromium. Skips the calling test when there is none, except on CI (CI=true),
   * where Chromium is installed on purpose and its absence is a failure.
   */
  static HeadlessChromium require() {
    Optional<Path> binary = find();
    if (binary.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true but chromium is not installed (apt-get install -y chromium)");
      }
      Assumptions.abort("chromium not installed; browser test skipped");
    }
    return new HeadlessChromium(binary.get());
  }

  private static Optional<Path> find() {
    Path debian = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(debian)) {
      return Optional.of(debian);
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The serialized DOM of {@code page} once loaded and scripted. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom"), page);
  }

  /** Saves a PNG of {@code page} at 1280x1600. */
  void screenshot(Path page, Path png) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1600",
        "--hide-scrollbars"), page);
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      fail("chromium wrote no screenshot at " + png);
    }
  }

  private String run(List<String> action, Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("newsfacts-chromium-");
    Path stdout = Files.createTempFile("chromium-out", ".txt");
    Path stderr = Files.createTempFile("chromium-err", ".txt");
    try {
      List<String> command = new ArrayList<>();
      command.add(binary.toString());
      command.addAll(FLAGS);
      command.add("--user-data-dir=" + profile);
      command.addAll(action);
      command.add(page.toAbsolutePath().toUri().toString());
      // Output goes to files, not pipes: a full pipe would block Chromium until the timeout.
      Process process = new ProcessBuilder(command)
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        fail("chromium exited with " + process.exitValue() + ": "
            + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return out;
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
