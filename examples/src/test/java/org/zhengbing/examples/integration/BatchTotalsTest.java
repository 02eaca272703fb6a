package org.zhengbing.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengbing.core.money.Cny;
import org.zhengbing.examples.cli.InputFileException;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.benefit.BenefitKind;
import org.zhengbing.policy.benefit.BenefitsCalculator;

class BatchTotalsTest {

  private static final BatchTotals BATCH = BatchTotals.of(PolicySets.sampleRegions());

  @TempDir
  Path dir;

  @Test
  void totalsEqualTheSumOfTheExplainedAccounts() throws Exception {
    Path file = dir.resolve("registrants.csv");
    BatchTotals.writeSample(file, 2_500, 42);
    StringWriter err = new StringWriter();
    BatchTotals.Summary s = BATCH.run(file, new PrintWriter(err));
    assertThat(s.registrants()).isEqualTo(2_500);
    // oracle: the explaining path, one registrant at a time
    BenefitsCalculator calc = BenefitsCalculator.of(PolicySets.sampleRegions());
    Money expected = Cny.ZERO;
    Money family = Cny.ZERO;
    List<String> lines = Files.readAllLines(file);
    for (int i = 1; i < lines.size(); i++) {
      var benefits = calc.calculate(BatchTotals.parse(lines.get(i), "f", i + 1));
      expected = expected.plus(benefits.total());
      family = family.plus(benefits.item(BenefitKind.FAMILY_PAYMENT).total());
    }
    assertThat(s.grandTotal()).isEqualTo(expected);
    assertThat(s.byKind().get(BenefitKind.FAMILY_PAYMENT)).isEqualTo(family);
    assertThat(s.byKind().values().stream().reduce(Cny.ZERO, Money::plus)).isEqualTo(s.grandTotal());
    assertThat(err.toString()).as("small files draw no bar").isEmpty();
  }

  @Test
  void largeFilesDrawAProgressBar() throws Exception {
    Path file = dir.resolve("registrants.csv");
    BatchTotals.writeSample(file, 20_000, 1); // about 1.2 MB
    StringWriter err = new StringWriter();
    BatchTotals.Summary s = BATCH.run(file, new PrintWriter(err));
    assertThat(s.registrants()).isEqualTo(20_000);
    assertThat(err.toString()).contains("registrants [", "100% " + Files.size(file) + "/" + Files.size(file));
  }

  @Test
  void theSameSeedWritesTheSameFile() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    BatchTotals.writeSample(a, 100, 9);
    BatchTotals.writeSample(b, 100, 9);
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).startsWith(BatchTotals.HEADER + "\n");
  }

  @Test
  void badLinesNameTheFileAndLine() throws Exception {
    Path file = dir.resolve("bad.csv");
    String good = "male,2005-03-01,undergraduate,freshman,500116,2026-SPRING";
    Files.writeString(file, BatchTotals.HEADER + "\n" + good + "\nmale,2005-02-30,undergraduate,freshman,500116,"
        + "2026-SPRING\n");
    assertThatThrownBy(() -> BATCH.run(file, new PrintWriter(new StringWriter())))
        .isInstanceOf(InputFileException.class).hasMessageStartingWith(file + ":3: ")
        .hasMessageContaining("2005-02-30");
    Files.writeString(file, BatchTotals.HEADER + "\n" + good.replace("freshman", "sophomore") + "\n");
    assertThatThrownBy(() -> BATCH.run(file, new PrintWriter(new StringWriter())))
        .isInstanceOf(InputFileException.class)
        .hasMessage(file + ":2: studyStatus must be a key such as fresh_graduate, but was 'sophomore'");
    Files.writeString(file, BatchTotals.HEADER + "\n" + good + ",extra\n");
    assertThatThrownBy(() -> BATCH.run(file, new PrintWriter(new StringWriter())))
        .isInstanceOf(InputFileException.class).hasMessageContaining(":2: row must have 6 fields");
    Files.writeString(file, "sex,birth\n");
    assertThatThrownBy(() -> BATCH.run(file, new PrintWriter(new StringWriter())))
        .isInstanceOf(InputFileException.class).hasMessageContaining(":1: header must be '" + BatchTotals.HEADER);
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> BATCH.run(missing, new PrintWriter(new StringWriter())))
        .isInstanceOf(InputFileException.class).hasMessageStartingWith(missing + ": cannot read the file");
  }
}
