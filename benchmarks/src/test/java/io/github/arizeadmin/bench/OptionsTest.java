package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OptionsTest {

  private static Options parse(String... args) {
    Bench bench = new Bench();
    new CommandLine(bench).parseArgs(args);
    return bench.options;
  }

  @Test
  void withoutOptionsEveryPhaseAndTargetRunsAtFullLength() {
    Options options = parse();
    assertThat(options.phases()).containsExactly(Phase.THROUGHPUT, Phase.SCALE, Phase.STARTUP);
    assertThat(options.targets()).containsExactly(Target.FAKE, Target.WIREMOCK, Target.VERTX, Target.PRISM);
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(15));
    assertThat(options.connections).isEqualTo(64);
    assertThat(options.accountSize()).isEqualTo(AccountSize.enterprise());
    assertThat(options.samples()).isEqualTo(1000);
    assertThat(options.runs()).isEqualTo(5);
  }

  @Test
  void quickShortensDurationsAndCountsButNotTheAccount() {
    Options options = parse("--quick");
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.samples()).isEqualTo(200);
    assertThat(options.runs()).isEqualTo(3);
    assertThat(options.laterStarts()).isEqualTo(10);
    assertThat(options.accountSize()).isEqualTo(AccountSize.enterprise());
  }

  @Test
  void explicitValuesWinOverQuick() {
    Options options = parse("--quick", "--duration", "30", "--warmup", "0", "--samples", "50", "--scale-divisor", "10");
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.warmup()).isZero();
    assertThat(options.samples()).isEqualTo(50);
    assertThat(options.accountSize().users()).isEqualTo(10_000);
  }

  @Test
  void onlyAndTargetsPickSubsetsInAnyCase() {
    Options options = parse("--only", "Scale,startup", "--targets", "fake,VERTX");
    assertThat(options.phases()).isEqualTo(EnumSet.of(Phase.SCALE, Phase.STARTUP));
    assertThat(options.targets()).isEqualTo(List.of(Target.FAKE, Target.VERTX));
  }

  @Test
  void unknownPhasesAndTargetsAreNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> parse("--only", "latency").phases())
        .hasMessageContaining("'latency'").hasMessageContaining("throughput, scale, startup");
    assertThatThrownBy(() -> parse("--targets", "jetty").targets())
        .hasMessageContaining("'jetty'").hasMessageContaining("fake, wiremock, vertx, prism");
  }

  @Test
  void badOptionsExitWithTwoBeforeStartingAnything() {
    assertThat(new CommandLine(new Bench()).execute("--only", "nothing")).isEqualTo(2);
    assertThat(new CommandLine(new Bench()).execute("--load-generator", "ab")).isEqualTo(2);
  }
}
