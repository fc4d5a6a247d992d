package io.github.arizeadmin.fake;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hand-run benchmark (not a test; timing is never asserted): loads a seed document into an
 * embedded fake several times and prints the CPU it took (the loading thread's and the whole
 * process's), the time in GC and the live heap after a full GC. The benchmark module writes an
 * enterprise-sized document (100,000 users, 1,000,000 space memberships) to use here.
 *
 * <pre>
 * mvn -B -q -o -pl arize-fake-server test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx1g -cp %classpath io.github.arizeadmin.fake.SeedLoadBenchmark SEED.json 3"
 * </pre>
 */
public final class SeedLoadBenchmark {
  private SeedLoadBenchmark() {
  }

  /**
   * Loads the document and prints the figures.
   *
   * @param args the seed file, and how many times to load it (default 3)
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().build())) {
      for (int i = 0; i < rounds; i++) {
        long process = os.getProcessCpuTime();
        long thread = threads.getCurrentThreadCpuTime();
        long gc = gcMillis();
        long start = System.nanoTime();
        int ids = fake.seed(text).ids().size();
        System.out.printf("seed: %.2f s wall, %.2f s loading thread CPU, %.2f s process CPU, %.2f s in GC, %d ids%n",
            (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - thread) / 1e9,
            (os.getProcessCpuTime() - process) / 1e9, (gcMillis() - gc) / 1e3, ids);
        System.gc();
        System.gc();
        System.out.printf("live heap after a full GC: %d MB%n",
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
      }
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
