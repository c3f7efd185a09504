package io.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
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

  /**
   * User plus system CPU seconds from a {@code /proc/<pid>/stat} line (fields 14 and 15, counted
   * after the parenthesised command name, which may itself hold spaces), at {@code ticksPerSecond}.
   */
  static OptionalDouble cpuSeconds(String statLine, int ticksPerSecond) {
    int close = statLine.lastIndexOf(')');
    if (close < 0) {
      return OptionalDouble.empty();
    }
    String[] fields = statLine.substring(close + 1).trim().split("\\s+");
    // fields[0] is field 3 (state), so utime (14) and stime (15) are fields[11] and fields[12]
    try {
      return OptionalDouble.of(
          (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * CPU seconds {@code pid} has used so far, all its threads (GC and JIT included). Linux reports
   * them in clock ticks, 100 per second on every mainstream kernel build.
   */
  static OptionalDouble cpuSeconds(long pid) {
    try {
      return cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), 100);
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
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
