package io.newsfacts.bench;

/** The garbage collector both systems' JVMs run with. */
public enum Collector {

  /**
   * One-threaded, and it grows the heap only as far as the live data needs: peak RSS follows
   * what a system holds, not what {@code -Xmx} allows. The README's run command uses it.
   */
  SERIAL("-XX:+UseSerialGC"),

  /** Parallel young and old collections; grows the heap towards {@code -Xmx} for throughput. */
  PARALLEL("-XX:+UseParallelGC"),

  /** The JVM's default on a machine of two or more cores with 2 GB or more. */
  G1("-XX:+UseG1GC");

  private final String flag;

  Collector(String flag) {
    this.flag = flag;
  }

  /** The JVM option that selects it. */
  public String flag() {
    return flag;
  }
}
