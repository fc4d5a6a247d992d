package io.github.arizeadmin.cli.packaging;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A build step, run by the exec plugin after the runnable jar is made: makes the launcher executable,
 * then dumps a class-data-sharing archive of the JDK running the build from one training run of
 * {@code arize-admin organizations list} against an embedded fake, with the launcher's JVM options.
 * The launcher uses it on Java 17 and 18 when it runs on this same JDK (recorded beside it). A failure
 * here prints a warning and leaves no archive: the jar runs without one.
 */
public final class CdsTraining {
  /** The JVM options of the launcher, which the training run must share for the archive to be used. */
  public static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
      "-XX:-UsePerfData");

  private CdsTraining() {
  }

  /**
   * Runs the step.
   *
   * @param args the build folder ({@code target})
   * @throws IOException when the launcher cannot be made executable
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]).toAbsolutePath();
    Path launcher = target.resolve("arize-admin");
    if (Files.exists(launcher)) {
      try {
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException notPosix) {
        System.out.println("[cds] not a POSIX file system: run the launcher with sh");
      }
    }
    Path archive = target.resolve("arize-admin.jsa");
    Path jdkFile = target.resolve("arize-admin.jsa.jdk");
    Files.deleteIfExists(archive);
    Files.deleteIfExists(jdkFile);
    Path jdk = Path.of(System.getProperty("java.home")).toRealPath();
    Path home = Files.createTempDirectory("arize-admin-cds");
    try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey("ak-cds-training")
        .build())) {
      List<String> command = new ArrayList<>();
      command.add(jdk.resolve("bin").resolve("java").toString());
      command.add("-XX:ArchiveClassesAtExit=" + archive);
      command.addAll(LAUNCHER_OPTIONS);
      command.addAll(List.of("-jar", target.resolve("arize-admin.jar").toString(), "organizations", "list"));
      ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Map<String, String> environment = training.environment();
      environment.put("HOME", home.toString());
      environment.put("ARIZE_API_KEY", "ak-cds-training");
      environment.put("ARIZE_API_HOST", "127.0.0.1");
      environment.put("ARIZE_API_PORT", Integer.toString(fake.port()));
      environment.put("ARIZE_API_SCHEME", "http");
      Process process = training.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        System.out.println("[cds] warning: the training run did not finish; no archive");
        return;
      }
      if (process.exitValue() != 0 || !Files.exists(archive)) {
        System.out.println("[cds] warning: the training run exited " + process.exitValue() + "; no archive");
        Files.deleteIfExists(archive);
        return;
      }
      // The launcher compares this with the JDK it runs on (the archive only fits the JDK that made it).
      Files.writeString(jdkFile, jdk.toString());
      System.out.println("[cds] " + archive + " (" + Files.size(archive) / 1024 + " KiB) for " + jdk);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException failed) {
      System.out.println("[cds] warning: no archive: " + failed);
    }
  }
}
