package io.github.arizeadmin.pactverifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Every verdict of a run, its summary and its JUnit XML.
 *
 * @param verdicts the verdicts, in the order the files and interactions were found
 * @param filesVerified pact files for the Arize admin API that were read
 * @param filesForOtherProviders pact files skipped because they are for another provider
 * @param filesUnreadable paths that gave no readable pact file
 */
public record Report(List<Verdict> verdicts, int filesVerified, int filesForOtherProviders, int filesUnreadable) {
  /**
   * Copies the verdicts.
   *
   * @param verdicts the verdicts
   * @param filesVerified files read
   * @param filesForOtherProviders files skipped
   * @param filesUnreadable paths unreadable
   */
  public Report {
    verdicts = List.copyOf(verdicts);
  }

  /** @return the interactions that passed */
  public long passed() {
    return interactions().stream().filter(v -> v.outcome() == Verdict.Outcome.PASS).count();
  }

  /** @return the interactions that failed */
  public long failedInteractions() {
    return interactions().stream().filter(Verdict::failed).count();
  }

  private List<Verdict> interactions() {
    return verdicts.stream().filter(v -> v.description() != null).toList();
  }

  /** @return whether anything failed: an interaction, or a file that could not be read */
  public boolean failed() {
    return verdicts.stream().anyMatch(Verdict::failed);
  }

  /** @return 1 when anything failed, else 0 */
  public int exitCode() {
    return failed() ? 1 : 0;
  }

  /**
   * @return e.g. {@code Summary: 12 interactions, 10 passed, 2 failed; 3 pact files, 2 verified,
   *     1 for another provider, 0 unreadable}
   */
  public String summary() {
    return "Summary: " + count(interactions().size(), "interaction") + ", " + passed() + " passed, "
        + failedInteractions() + " failed; " + count(filesVerified + filesForOtherProviders + filesUnreadable,
        "pact file") + ", " + filesVerified + " verified, " + filesForOtherProviders + " for another provider, "
        + filesUnreadable + " unreadable";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Writes the verdicts as JUnit XML (one test suite per pact file, one test case per
   * interaction), the format CI servers read.
   *
   * @param file where to write it (its directory is created)
   * @throws IOException when it cannot be written
   */
  public void writeJUnitXml(Path file) throws IOException {
    JUnitXml.write(this, file);
  }
}
