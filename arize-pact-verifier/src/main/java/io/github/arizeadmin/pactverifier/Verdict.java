package io.github.arizeadmin.pactverifier;

import java.util.List;

/**
 * The verifier's verdict on one interaction of a pact file, or on a whole file it could not
 * verify (unreadable, or for another provider).
 *
 * @param outcome PASS, FAIL or SKIP
 * @param file the pact file, as found from the paths given
 * @param consumer the pact's consumer, or null when the file could not be read
 * @param description the interaction's description, or null for a verdict on the whole file
 * @param reasons why it failed or was skipped, in words; empty when it passed
 */
public record Verdict(Outcome outcome, String file, String consumer, String description, List<String> reasons) {
  /** What became of an interaction or file. */
  public enum Outcome {
    /** Conforms to the contract, and the fake answers as the pact expects. */
    PASS,
    /** Breaks the contract, or the fake answers otherwise, or the file cannot be read. */
    FAIL,
    /** Not verified: a pact for another provider. */
    SKIP
  }

  /**
   * Copies the reasons.
   *
   * @param outcome the outcome
   * @param file the file
   * @param consumer the consumer
   * @param description the description
   * @param reasons the reasons
   */
  public Verdict {
    reasons = List.copyOf(reasons);
  }

  /**
   * @return the verdict line, e.g. {@code FAIL pacts/web-arize.json (web) "add jane to team-alpha":
   *     expected status 200, the fake answered 400: ...}
   */
  public String line() {
    StringBuilder line = new StringBuilder(outcome.name()).append(' ').append(file);
    if (consumer != null) {
      line.append(" (").append(consumer).append(')');
    }
    if (description != null) {
      line.append(" \"").append(description).append('"');
    }
    if (!reasons.isEmpty()) {
      line.append(": ").append(String.join("; ", reasons));
    }
    return line.toString();
  }

  /** @return whether this verdict fails the run */
  public boolean failed() {
    return outcome == Outcome.FAIL;
  }

  @Override
  public String toString() {
    return line();
  }
}
