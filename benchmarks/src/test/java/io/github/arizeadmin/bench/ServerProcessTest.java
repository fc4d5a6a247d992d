package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {
  private static final Pattern READY = Pattern.compile("listening on");

  @Test
  void startReturnsAtTheReadyLineAndCloseStopsTheProcess(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("server.log");
    ServerProcess server = ServerProcess.start("sh", List.of("sh", "-c",
        "echo starting; sleep 0.3; echo 'server listening on http://127.0.0.1:1'; exec sleep 60"), READY,
        Duration.ofSeconds(30), log);
    try {
      assertThat(server.readyAfter()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
      assertThat(server.alive()).isTrue();
    } finally {
      server.close();
    }
    assertThat(server.alive()).isFalse();
    assertThat(Files.readString(log)).contains("starting").contains("listening on");
  }

  @Test
  void aProcessEndingBeforeItsReadyLineIsAFailureNamingTheOutOfMemoryError(@TempDir Path dir) {
    ServerProcess.StartFailure failure = catchThrowableOfType(ServerProcess.StartFailure.class,
        () -> ServerProcess.start("sh", List.of("sh", "-c",
            "echo loading; echo 'Terminating due to java.lang.OutOfMemoryError: Java heap space'; exit 3"), READY,
            Duration.ofSeconds(30), dir.resolve("oom.log")));
    assertThat(failure.outOfMemory()).isTrue();
    assertThat(failure.getMessage()).contains("exited with code 3").contains("OutOfMemoryError");
  }

  @Test
  void aProcessThatExitsWithoutMemoryTroubleIsNotAnOutOfMemoryError(@TempDir Path dir) {
    ServerProcess.StartFailure failure = catchThrowableOfType(ServerProcess.StartFailure.class,
        () -> ServerProcess.start("sh", List.of("sh", "-c", "echo 'Port 1 is already in use.'; exit 1"), READY,
            Duration.ofSeconds(30), dir.resolve("port.log")));
    assertThat(failure.outOfMemory()).isFalse();
    assertThat(failure.getMessage()).contains("exited with code 1").contains("already in use");
  }

  @Test
  void aSilentProcessTimesOutAndIsStopped(@TempDir Path dir) {
    assertThatThrownBy(() -> ServerProcess.start("sh", List.of("sh", "-c", "echo waiting; exec sleep 60"), READY,
        Duration.ofMillis(500), dir.resolve("silent.log")))
        .isInstanceOf(ServerProcess.StartFailure.class)
        .hasMessageContaining("no ready line within");
    assertThat(ProcessHandle.current().children().filter(p -> p.info().command().orElse("").endsWith("sleep"))
        .filter(ProcessHandle::isAlive)).isEmpty();
  }
}
