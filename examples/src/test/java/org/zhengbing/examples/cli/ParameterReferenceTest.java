package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;

/** docs/parameters.md is generated from the bundled files; this fails when the two disagree. */
class ParameterReferenceTest {

  private static final String REGENERATE =
      "regenerate it: mvn -B -DskipTests package && java -jar examples/target/zhengbing.jar policy list "
          + "--format markdown > docs/parameters.md";

  @Test
  void theCommittedReferenceIsWhatTheBundledFilesGive() throws Exception {
    Path page = ReadmeMainJobTest.readme().resolveSibling("docs").resolve("parameters.md");
    Cli r = Cli.run("policy", "list", "--format", "markdown");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).as("docs/parameters.md is stale; " + REGENERATE)
        .isEqualTo(r.out());
  }

  @Test
  void everyDefinitionAndEveryValueIsListed() {
    PolicyBook book = PolicySets.sampleRegions();
    String page = ParameterReference.markdown(book);
    // one section per definition, one table row per value (header rows aside)
    assertThat(page.lines().filter(l -> l.startsWith("## `"))).hasSize(book.definitions().size());
    assertThat(page.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| scope "))).hasSize(
        book.entries().size());
    assertThat(page).contains("## `tuition.annual_cap`", "| national | 2024-09-01 |", "OFFICIAL_NOTICE");
  }

  @Test
  void aPipeInATextDoesNotBreakTheTable() {
    PolicyBook book = PolicySets.nationalDefaults().withYaml("""
        format: zhengbing-policy/1
        region: "500116"
        sources:
          s: {document: "a | b"}
        parameters:
          local.pipe_test:
            type: integer
            label: {zh: 竖线, en: "pipe | test"}
            values:
              - {from: 2026-01-01, value: 1, confidence: ILLUSTRATIVE, citation: s, note: "made up"}
        """, "pipe.yaml");
    String page = ParameterReference.markdown(book);
    assertThat(page).contains("竖线 / pipe \\| test. Type `integer`.",
        "| 500116 | 2026-01-01 |  | 1 | ILLUSTRATIVE | a \\| b |");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli r = Cli.run("policy", "list", "--format", "html");
    assertThat(r.code()).isEqualTo(ZhengbingCli.USAGE_ERROR);
    assertThat(r.err()).contains("--format must be text or markdown, but was 'html'");
  }
}
