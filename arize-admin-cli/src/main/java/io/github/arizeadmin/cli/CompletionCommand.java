package io.github.arizeadmin.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arize-admin completion}: picocli's completion script for bash, which also serves zsh (it loads
 * zsh's {@code bashcompinit} itself).
 */
@Command(name = "completion", description = {"Print the shell completion script for bash or zsh.",
    "Load it in the current shell with: source <(arize-admin completion bash)"},
    footerHeading = "%nExamples:%n",
    footer = {"  source <(arize-admin completion bash)",
        "  arize-admin completion zsh > \"${fpath[1]}/_arize-admin\"   # or: source <(arize-admin completion zsh)",
        "  arize-admin completion bash > /etc/bash_completion.d/arize-admin"})
final class CompletionCommand implements Callable<Integer> {
  private final Context context;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", arity = "0..1", defaultValue = "bash",
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  String shell;

  CompletionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new CliException(ExitCode.USAGE, "Completion is available for bash and zsh, not '" + shell + "'");
    }
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    context.session().console().out().print(script);
    context.session().console().out().flush();
    return ExitCode.OK;
  }
}
