package io.newsfacts.output;

import io.newsfacts.model.Manifest;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code <output>/manifest.json}. */
public final class ManifestWriter {

  public static final String FILE_NAME = "manifest.json";

  private ManifestWriter() {}

  public static Path write(Path outputDir, Manifest manifest) throws IOException {
    Path target = outputDir.resolve(FILE_NAME);
    AtomicFiles.write(target, out -> out.write(
        (Json.PRETTY.writeValueAsString(manifest) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return target;
  }
}
