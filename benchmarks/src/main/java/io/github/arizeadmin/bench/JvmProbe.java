package io.github.arizeadmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory figures of a running JVM: live heap through {@code jcmd}, peak resident memory from {@code /proc}. */
final class JvmProbe {
  private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
  private static final Pattern PEAK_RESIDENT = Pattern.compile("(?m)^VmHWM:\\s+(\\d+)\\s+kB");

  private JvmProbe() {
  }

  /**
   * The bytes of live objects: {@code jcmd <pid> GC.class_histogram} runs a full GC first and counts only
   * what survives it.
   */
  static long liveHeapBytes(Layout layout, long pid) {
    Exec.Output output = Exec.run(List.of(layout.jcmd().toString(), Long.toString(pid), "GC.class_histogram"),
        Duration.ofMinutes(3));
    if (!output.ok()) {
      throw new IllegalStateException("jcmd GC.class_histogram failed: " + output.text().strip());
    }
    return histogramTotal(output.text());
  }

  /** The byte count of the {@code Total} line of a class histogram. */
  static long histogramTotal(String histogram) {
    Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
    if (!total.find()) {
      throw new IllegalStateException("no Total line in the class histogram");
    }
    return Long.parseLong(total.group(2));
  }

  /** The peak resident set of process {@code pid} (VmHWM), where {@code /proc} exists. */
  static OptionalLong peakResidentBytes(long pid) {
    try {
      return peakResident(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  static OptionalLong peakResident(String procStatus) {
    Matcher peak = PEAK_RESIDENT.matcher(procStatus);
    return peak.find() ? OptionalLong.of(Long.parseLong(peak.group(1)) * 1024) : OptionalLong.empty();
  }
}
