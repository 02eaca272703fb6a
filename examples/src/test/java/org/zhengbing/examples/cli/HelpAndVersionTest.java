package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --version comes from the build; every command's help has a bilingual summary and an example. */
class HelpAndVersionTest {

  private static final List<List<String>> COMMANDS = List.of(List.of(), List.of("demo"), List.of("accounts"),
      List.of("quota"), List.of("cascade"), List.of("calendar"), List.of("assess"), List.of("policy"),
      List.of("policy", "show"), List.of("policy", "check"), List.of("policy", "list"));

  @Test
  void versionIsTheBuildsVersion() {
    String built = System.getProperty("project.version");
    assertThat(built).as("surefire passes the pom's version").isNotBlank();
    Cli r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst()).contains("zhengbing " + built);
    assertThat(BuildVersion.version()).isEqualTo(built);
  }

  @Test
  void everyCommandsHelpHasABilingualSummaryAndAnExample() {
    for (List<String> command : COMMANDS) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as(command.toString()).isZero();
      String first = r.out().lines().findFirst().orElseThrow();
      assertThat(first).as(command + ": the summary line in English / Chinese").contains(" / ")
          .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
      assertThat(r.out()).as(command.toString()).contains("Example (示例):")
          .contains("  zhengbing " + String.join(" ", command));
    }
  }

  @Test
  void theCommandListShowsBothLanguages() {
    assertThat(Cli.run("--help").out()).contains("quota", "征集任务分配", "accounts", "算清三本账",
        "generate-completion");
  }

  @Test
  void theCompletionScriptCompletesTheCommands() {
    Cli r = Cli.run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F", "zhengbing", "accounts", "cascade", "--season-split");
    // the same script picocli's AutoComplete writes at build time to examples/target/zhengbing_completion
    assertThat(picocli.AutoComplete.bash("zhengbing", new CommandLine(new ZhengbingCli()))).contains("complete -F");
  }
}
