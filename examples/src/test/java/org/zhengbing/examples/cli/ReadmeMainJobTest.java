package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's main-job command line as the README writes it, so the two cannot drift apart. */
class ReadmeMainJobTest {

  private static final String JAR = "examples/target/zhengbing.jar";

  static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("README.md")) && Files.exists(p.resolve("examples"))) {
        return p.resolve("README.md");
      }
    }
    throw new AssertionError("README.md not found above " + here);
  }

  /** The first shell block of "## Set-up: two commands". */
  static String mainJobCommand() throws Exception {
    List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
    int section = lines.indexOf("## Set-up: two commands");
    assertThat(section).as("README section 'Set-up: two commands'").isNotNegative();
    int open = section + 1;
    while (!lines.get(open).startsWith("```")) {
      assertThat(lines.get(open)).as("no other section before the block").doesNotStartWith("## ");
      open++;
    }
    StringBuilder block = new StringBuilder();
    for (int i = open + 1; !lines.get(i).startsWith("```"); i++) {
      block.append(lines.get(i)).append('\n');
    }
    return block.toString().strip();
  }

  static String[] argsOf(String command) {
    int at = command.indexOf("java -jar " + JAR);
    assertThat(at).as("the main-job command runs " + JAR + ": " + command).isNotNegative();
    String rest = command.substring(at + ("java -jar " + JAR).length()).strip();
    assertThat(rest).as("arguments are plain words").doesNotContain("&&", "|", ";", "\"", "'", "$");
    return rest.isEmpty() ? new String[0] : rest.split("\\s+");
  }

  @Test
  void readmeMainJobBuildsThenRunsTheJar() throws Exception {
    String command = mainJobCommand();
    assertThat(command).startsWith("mvn -B -DskipTests package && java -jar " + JAR);
  }

  @Test
  void readmeMainJobRunsTheDemo() throws Exception {
    String[] args = argsOf(mainJobCommand());
    Cli r = Cli.run(args);
    assertThat(r.code()).as(Arrays.toString(args) + "\n" + r).isZero();
    assertThat(r.out()).contains("Zhengbing demo", "1. Annual task", "2. Season split",
        "3. Spring task apportioned to the 30 townships", "4. Spring 2026 calendar", "Next deadlines from",
        "5. The three accounts (三本账) of three personas");
  }
}
