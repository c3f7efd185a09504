package io.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory of a running process as Linux reports it in {@code /proc/<pid>/status}: {@code VmHWM} is
 * the peak resident set so far, {@code VmRSS} the current one. Read from the kernel rather than
 * from the JVM, so off-heap memory (metaspace, thread stacks, mapped model files) counts too.
 */
final class ProcStatus {

  private ProcStatus() {}

  /** The value of a {@code kB} field such as {@code VmHWM}, in bytes. */
  static OptionalLong kilobytesField(String statusText, String field) {
    for (String line : statusText.split("\n")) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        try {
          return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  /** The peak RSS of {@code pid} so far, or empty when it has exited or this is not Linux. */
  static OptionalLong peakRss(long pid) {
    try {
      String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
      OptionalLong hwm = kilobytesField(status, "VmHWM");
      return hwm.isPresent() ? hwm : kilobytesField(status, "VmRSS");
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
