package io.newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.output.Json;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as a user runs it on a cluster: a standalone Master and Worker and SparkSubmit, each its
 * own JVM, all on 127.0.0.1. The worker launches a real executor JVM that loads its own models.
 * Spark's jars come from this test JVM's class path (a SPARK_HOME of links to them), and the
 * application jar is NewsFacts's compiled classes; the 480 MiB shaded jar is built only in
 * {@code package}, after the tests (src/main/spark/spark-local.sh runs that one).
 */
@Tag("models")
class StandaloneClusterTest {

  private static final Path CORPUS = Path.of("corpus");
  private static final long SUBMIT_TIMEOUT_MINUTES = 10;

  @TempDir
  Path temp;

  private final List<Process> started = new ArrayList<>();

  @Test
  void theJobSubmittedToAStandaloneMasterWritesEveryArticleAsTheLocalBatchDoes() throws Exception {
    Path sparkHome = sparkHome(temp.resolve("spark-home"));
    Path appJar = classesJar(temp.resolve("newsfacts-classes.jar"));
    int port = freePort();
    String master = "spark://127.0.0.1:" + port;

    start(sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
    start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", master,
        "--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
        "--webui-port", String.valueOf(freePort()),
        "--work-dir", temp.resolve("work").toString());

    Path output = temp.resolve("spark-out");
    Process submit = start(sparkHome, "submit", "org.apache.spark.deploy.SparkSubmit",
        "--master", master, "--deploy-mode", "client",
        "--class", SparkJob.class.getName(),
        "--executor-memory", "1g", "--executor-cores", "2",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.enabled=false",
        "--conf", "spark.executor.extraJavaOptions=-XX:+UseSerialGC",
        appJar.toString(),
        "--input", CORPUS.toAbsolutePath().toUri().toString(),
        "--output", output.toUri().toString(),
        "--articles-per-partition", "2");
    boolean ended = submit.waitFor(SUBMIT_TIMEOUT_MINUTES, TimeUnit.MINUTES);

    String log = Files.readString(temp.resolve("submit.log"));
    assertTrue(ended, "SparkSubmit ended within " + SUBMIT_TIMEOUT_MINUTES + " min");
    assertEquals(0, submit.exitValue(), log);
    Map<String, String> local = SparkJobTest.localRecords(CORPUS, temp.resolve("local"));
    assertEquals(local, SparkJobTest.sparkRecords(output));
    SparkSummary summary =
        Json.MAPPER.readValue(output.resolve(SparkExtraction.SUMMARY).toFile(), SparkSummary.class);
    assertEquals(master, summary.timing().master());
    assertEquals(3, summary.timing().partitions(), "6 articles, at most 2 per partition");
  }

  @AfterEach
  void stopAll() throws InterruptedException {
    // SparkSubmit first, then the worker (which stops its executors), then the master.
    for (int i = started.size() - 1; i >= 0; i--) {
      Process process = started.get(i);
      List<ProcessHandle> children = process.descendants().toList();
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** A JVM on Spark's jars, as spark-class would start it; output goes to NAME.log. */
  private Process start(Path sparkHome, String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-XX:+UseSerialGC"));
    command.addAll(List.of(OPENS.split(" ")));
    command.addAll(List.of("-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    // The worker's launcher needs it without a source build ("Cannot find any build directories").
    builder.environment().put("SPARK_SCALA_VERSION", "2.12");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    started.add(process);
    return process;
  }

  /** A SPARK_HOME whose jars/ links every jar of this JVM's class path, with a RELEASE file. */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    int index = 0;
    // Surefire starts the JVM from a manifest-only jar and names the real class path here.
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        // Numbered: two artifacts may share a file name.
        String name = String.format("%03d-%s", index++, path.getFileName());
        Files.createSymbolicLink(jars.resolve(name), path.toAbsolutePath());
      }
    }
    Files.writeString(home.resolve("RELEASE"), "Spark (test class path)\n");
    return home;
  }

  /** NewsFacts's compiled classes and resources as the application jar. */
  private static Path classesJar(Path jar) throws IOException {
    Path classes = Path.of("target", "classes");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What the driver needs opened on Java 17 (the pom's spark.add-opens). */
  private static final String OPENS = String.join(" ",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");
}
