package io.newsfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsfacts.bench.Collector;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command's options; nothing here starts a benchmark. */
class BenchCommandTest {

  private final BenchCommand command = new BenchCommand();
  private final CommandLine cli = NewsFactsCli.configure(new CommandLine(command));

  @Test
  void runsBothSystemsWithTheRunCommandsSerialCollectorByDefault() {
    cli.parseArgs();
    assertThat(command.collector).isEqualTo(Collector.SERIAL);
    assertThat(command.collector.flag()).isEqualTo("-XX:+UseSerialGC");
  }

  @Test
  void acceptsTheCollectorInAnyCase() {
    cli.parseArgs("--gc", "Parallel");
    assertThat(command.collector.flag()).isEqualTo("-XX:+UseParallelGC");
  }

  @Test
  void unknownCollectorIsUsageErrorNamingTheChoices() {
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("--gc", "zgc")).isEqualTo(2);
    assertThat(err.toString()).contains("--gc").contains("SERIAL, PARALLEL, G1")
        .doesNotContain("\tat ");
  }
}
