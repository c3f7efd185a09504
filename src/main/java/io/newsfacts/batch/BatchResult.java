package io.newsfacts.batch;

import io.newsfacts.model.Manifest;
import io.newsfacts.model.ManifestEntry;
import java.util.List;

/** What a batch did: its manifest, as written. */
public record BatchResult(Manifest manifest) {

  public List<ManifestEntry> failures() {
    return manifest.articles().stream()
        .filter(e -> e.status() == ManifestEntry.Status.failed).toList();
  }

  public boolean allOk() {
    return failures().isEmpty();
  }
}
