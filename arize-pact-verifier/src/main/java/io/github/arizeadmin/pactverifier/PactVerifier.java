package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Verifies pact files for the Arize admin API. For every HTTP interaction of every pact whose
 * provider is the Arize admin API it checks, first, the request and the expected response against
 * the contract, and second, that a fresh fake server, seeded by the interaction's provider states,
 * answers the request as the pact expects (its matching rules and generators included).
 *
 * <pre>{@code
 * try (PactVerifier verifier = PactVerifier.builder().states(Path.of("pact-states.yaml")).build()) {
 *   Report report = verifier.verify(List.of(Path.of("build/pacts")), v -> System.out.println(v.line()));
 *   System.out.println(report.summary());
 * }
 * }</pre>
 *
 * <p>Holds an in-process fake server until closed. Not thread-safe: one verification at a time.
 */
public final class PactVerifier implements AutoCloseable {
  private final PactFiles files;
  private final ContractCheck contract;
  private final Replay replay;

  private PactVerifier(Builder builder) {
    TeamStates team = builder.states == null ? TeamStates.none() : TeamStates.load(builder.states);
    this.files = new PactFiles(builder.providers);
    this.contract = new ContractCheck();
    this.replay = new Replay(new States(team));
  }

  /** @return a builder: no states file, any provider whose name contains "arize" */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies every pact file under the paths.
   *
   * @param paths pact files, or directories searched for {@code *.json} pact files
   * @return every verdict and the summary
   */
  public Report verify(List<Path> paths) {
    return verify(paths, verdict -> { });
  }

  /**
   * Verifies every pact file under the paths, handing each verdict over as soon as it is known.
   *
   * @param paths pact files, or directories searched for {@code *.json} pact files
   * @param listener receives each verdict
   * @return every verdict and the summary
   */
  public Report verify(List<Path> paths, Consumer<Verdict> listener) {
    List<Verdict> verdicts = new ArrayList<>();
    Consumer<Verdict> both = verdict -> {
      verdicts.add(verdict);
      listener.accept(verdict);
    };
    int read = 0;
    int otherProvider = 0;
    int unreadable = 0;
    for (PactFiles.Source source : sources(paths)) {
      if (source instanceof PactFiles.Readable pact) {
        read++;
        interactions(pact).forEach(interaction -> both.accept(verify(pact, interaction)));
      } else if (source instanceof PactFiles.OtherProvider other) {
        otherProvider++;
        both.accept(skipped(other));
      } else {
        unreadable++;
        both.accept(unreadable((PactFiles.Unreadable) source));
      }
    }
    return new Report(verdicts, read, otherProvider, unreadable);
  }

  List<PactFiles.Source> sources(List<Path> paths) {
    return files.find(paths);
  }

  static List<Interaction> interactions(PactFiles.Readable pact) {
    return List.copyOf(pact.pact().getInteractions());
  }

  /** Both checks of one interaction. */
  Verdict verify(PactFiles.Readable pact, Interaction interaction) {
    List<String> reasons = new ArrayList<>();
    SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
    if (http == null) {
      reasons.add("not an HTTP interaction: the Arize admin API has no messages");
    } else {
      try {
        reasons.addAll(contract.check(http.getRequest(), http.getResponse()));
        reasons.addAll(replay.run(interaction.getProviderStates(), http));
      } catch (RuntimeException unexpected) {
        // a pact Pact JVM reads but cannot apply (a generator it cannot run, say): a verdict, not a crash
        reasons.add("the verifier could not check it (" + unexpected + ")");
      }
    }
    return new Verdict(reasons.isEmpty() ? Verdict.Outcome.PASS : Verdict.Outcome.FAIL, pact.file(), pact.consumer(),
        interaction.getDescription(), reasons);
  }

  static Verdict skipped(PactFiles.OtherProvider other) {
    return new Verdict(Verdict.Outcome.SKIP, other.file(), other.consumer(), null,
        List.of("provider \"" + other.provider() + "\" is not the Arize admin API"));
  }

  static Verdict unreadable(PactFiles.Unreadable bad) {
    return new Verdict(Verdict.Outcome.FAIL, bad.file(), null, null, List.of(bad.reason()));
  }

  /** Stops the fake server. */
  @Override
  public void close() {
    replay.close();
  }

  /** Builds a {@link PactVerifier}. */
  public static final class Builder {
    private Path states;
    private final List<String> providers = new ArrayList<>();

    private Builder() {
    }

    /**
     * @param states a file mapping the team's own provider state names to seed documents (JSON or
     *     YAML, format in the module README), or null for none
     * @return this builder
     */
    public Builder states(Path states) {
      this.states = states;
      return this;
    }

    /**
     * @param names the exact provider names to verify, instead of any name containing "arize"
     * @return this builder
     */
    public Builder providers(Collection<String> names) {
      providers.clear();
      providers.addAll(names);
      return this;
    }

    /**
     * Reads the states file, loads the contract and starts the fake server (in-process, on a
     * free port of 127.0.0.1).
     *
     * @return the verifier, to be closed
     * @throws VerifierException when the states file cannot be read or is malformed
     */
    public PactVerifier build() {
      return new PactVerifier(this);
    }
  }
}
