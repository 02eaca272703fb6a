package org.zhengbing.core.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine gives the results recorded from the code it replaced (the 2,145-line kernel of 2026-12-02), on
 * village-, township- and tie-shaped problems and weights near 10^12, with floors, caps, zero weights and ties, for
 * every method: places, bound floors and caps, the tie and its winners, the scale or divisor and threshold unit
 * ({@link RecordedCases#digest}). The recorded file was written by {@link RecordedCases#main} before the rewrite.
 */
class RecordedApportionmentsTest {

  private static final Map<String, String> RECORDED = new HashMap<>();
  private static List<RecordedCases.Case> cases;

  /** Whether the run asks for fewer examples than a build does ({@code QT_EXAMPLES}, as the mutation run does). */
  private static boolean mutationRun() {
    return QuotaGenerators.examples(200) < 200;
  }

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = RecordedApportionmentsTest.class.getResourceAsStream("recorded-apportionments.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split(" ", 4);
        RECORDED.put(parts[0] + " " + parts[1], parts[2] + " " + parts[3]);
      }
    }
    // 9 shapes x 4 totals + 2 national unit sets, 5 methods each; 2 national cascades per method
    assertThat(RECORDED).hasSize(38 * 5 + 2 * 5);
    cases = RecordedCases.cases(!mutationRun());
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void everyRecordedProblemGetsTheRecordedResult(ApportionmentMethod m) {
    int n = QuotaGenerators.examples(36);
    for (RecordedCases.Case c : cases.subList(0, n)) {
      Apportionment a = QuotaApportioner.of(m).apportion(c.total, c.units);
      assertThat("total=" + c.total + " " + RecordedCases.digest(a)).as("%s %s", c.name, m.key())
          .isEqualTo(RECORDED.get(c.name + " " + m.key()));
    }
  }

  @ParameterizedTest
  @EnumSource(ApportionmentMethod.class)
  void theNationsVillagesAsUnitsGetTheRecordedResult(ApportionmentMethod m) {
    if (mutationRun()) {
      return; // the mutation run (QT_EXAMPLES below 200) skips the two 620,573-unit problems
    }
    for (RecordedCases.Case c : cases.subList(cases.size() - 2, cases.size())) {
      Apportionment a = QuotaApportioner.of(m).apportion(c.total, c.units);
      assertThat("total=" + c.total + " " + RecordedCases.digest(a)).as("%s %s", c.name, m.key())
          .isEqualTo(RECORDED.get(c.name + " " + m.key()));
    }
  }

  @Test
  void theNationalCascadeGivesTheRecordedPlacesAndTies() {
    if (mutationRun()) {
      return;
    }
    CascadeTree tree = NationalTestTree.build(20261202, 20, 900);
    for (ApportionmentMethod m : ApportionmentMethod.values()) {
      for (long total : new long[] {450_000, 60_000}) {
        Cascade c = QuotaCascader.of(QuotaApportioner.of(m)).cascade(tree, total);
        assertThat("total=" + total + " " + RecordedCases.digest(c)).as("cascade %s %s", total, m.key())
            .isEqualTo(RECORDED.get("nation-cascade-" + total + " " + m.key()));
      }
    }
  }
}
