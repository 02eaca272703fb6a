package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotaCommandTest {

  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Path units() throws Exception {
    return file("units.csv", "# three units\ncode,weight,name\nA,5,Alpha\nB,3,Beta\n\nC,2,\"Gamma, the third\"\n");
  }

  @Test
  void apportionsByLargestRemainderAsATable() throws Exception {
    // 7 places over weights 5, 3, 2: quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6); the last place goes to the
    // largest remainder, A's .5: A 4, B 2, C 1
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "7");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Task 7 over 3 units; 最大余数法 (LARGEST_REMAINDER)")
        .containsPattern("A +5 +4 +\\S+ +Alpha")
        .containsPattern("B +3 +2 +\\S+ +Beta")
        .containsPattern("C +2 +1 +\\S+ +Gamma, the third")
        .containsPattern("total +10 +7");
  }

  @Test
  void apportionsByAnotherMethodAsCsv() throws Exception {
    // D'Hondt, 7 places over 5, 3, 2: priorities 5, 3, 2.5, 2, 1.67, 1.5, 1.25 (A), 1 ... the 7 largest of
    // 5/1 5/2 5/3 5/4 5/5, 3/1 3/2 3/3, 2/1 2/2 are 5, 3, 2.5, 2 (C), 1.67, 1.5, 1.25 -> A 4, B 2, C 1
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "7", "--method", "D_HONDT", "--format", "csv");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("code,weight,places\nA,5,4\nB,3,2\nC,2,1\n");
  }

  @Test
  void adamsFavoursSmallUnits() throws Exception {
    // Adams, 3 places over 5, 3, 2: every unit with weight gets a place first -> 1, 1, 1
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "3", "--method", "ADAMS", "--format", "csv");
    assertThat(r.out()).isEqualTo("code,weight,places\nA,5,1\nB,3,1\nC,2,1\n");
  }

  @Test
  void floorsAndCapsAreHonoured() throws Exception {
    // 10 over 5, 3, 2 with C's floor 4 and A's cap 3: C gets 4, A 3, B the other 3
    Path p = file("fc.csv", "code,weight,floor,cap\nA,5,,3\nB,3,,\nC,2,4,\n");
    Cli r = Cli.run("quota", "--units", p.toString(), "--total", "10", "--format", "csv");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("code,weight,places\nA,5,3\nB,3,3\nC,2,4\n");
  }

  @Test
  void seasonSplitApportionsEachSeason() throws Exception {
    // 10 a year, spring share 50% (national, 2020): 5 and 5. Each: quotas 2.5, 1.5, 1 -> floors 2, 1, 1; the
    // last place ties between A (.5) and B (.5) and goes to the larger weight, A: 3, 1, 1 in each season
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "10", "--season-split", "--format", "csv");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("code,weight,spring,autumn,total\nA,5,3,3,6\nB,3,1,1,2\nC,2,1,1,2\n");
    Cli table = Cli.run("quota", "--units", units().toString(), "--total", "11", "--season-split");
    // 11 x 50% = 5.5, rounded half up: spring 6, autumn 5
    assertThat(table.out()).contains("Annual task 11, spring share 50% (500116, 2026-01-01 (today in Asia/Shanghai; "
        + "--date to fix it)): spring 6, autumn 5");
    Cli fixed = Cli.run("quota", "--units", units().toString(), "--total", "11", "--season-split", "--date",
        "2025-06-01");
    assertThat(fixed.out()).contains("Annual task 11, spring share 50% (500116, 2025-06-01): spring 6, autumn 5");
  }

  @Test
  void explainPrintsTheSteps() throws Exception {
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "7", "--explain");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1. ").contains("largest_remainder");
  }

  @Test
  void outWritesTheFileWhole() throws Exception {
    Path out = dir.resolve("sub/result.csv");
    Cli r = Cli.run("quota", "--units", units().toString(), "--total", "7", "--format", "csv", "--out",
        out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("wrote " + out);
    assertThat(Files.readString(out)).isEqualTo("code,weight,places\nA,5,4\nB,3,2\nC,2,1\n");
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertThat(s).containsExactly(out);
    }
  }

  @Test
  void aBadInputLeavesTheOutputUntouched() throws Exception {
    Path out = file("result.csv", "old\n");
    Path bad = file("bad.csv", "code,weight\nA,5\nB,x\n");
    Cli r = Cli.run("quota", "--units", bad.toString(), "--total", "7", "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("old\n");
  }

  private void rejects(String csv, String total, String message) throws Exception {
    Path p = file("units.csv", csv);
    Cli r = Cli.run("quota", "--units", p.toString(), "--total", total);
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: " + p + message + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reportsEveryInputErrorWithFileLineAndValue() throws Exception {
    String header = "header must name the columns code,weight and optionally floor,cap,name (in any order, each "
        + "once), but was ";
    rejects("code,weight\nA,5\nB,-3\n", "7", ":3:2: weight '-3' must be a non-negative whole number");
    rejects("code,weight\nA,5\nB,\n", "7", ":3:2: weight '' must be a non-negative whole number");
    rejects("code,weight\nA,5\nB,1.5\n", "7", ":3:2: weight '1.5' must be a non-negative whole number");
    rejects("code,weight\nA,5\nA,3\n", "7", ":3:1: code 'A' must appear once, but appeared already on line 2");
    rejects("code,weight\n,5\n", "7", ":2:1: code '' must not be blank");
    rejects("code,weight,floor,cap\nA,5,4,2\n", "7", ":2:0: floor must not exceed cap, but was 4 > 2");
    rejects("code,weight,cap\nA,5,99999999999\n", "7",
        ":2:3: cap '99999999999' must be a whole number from 0 to 2147483646");
    rejects("code,weight\nA,5,9\n", "7", ":2:0: row must have 2 fields, but had 3: A,5,9");
    rejects("code,weigth\nA,5\n", "7", ":1:1: " + header + "'code,weigth'");
    rejects("code\nA\n", "7", ":1:1: " + header + "'code'");
    rejects("code,code,weight\n", "7", ":1:1: " + header + "'code,code,weight'");
    rejects("", "7", ":1:0: a header naming the columns code,weight and optionally floor,cap,name must come first, "
        + "but the file is empty");
    // an unterminated quote runs to the end of the file: one field, not two
    rejects("code,weight\n\"A,5\n", "7", ":2:0: row must have 2 fields, but had 1: A,5\\n");
    rejects("code,weight\n\"A\"x,5\n", "7", ":2:0: malformed CSV: Unexpected character after closing quote: 'x' "
        + "(0x78)");
    // every bad row is listed, not only the first: lines 3 and 5 (a blank weight, a weight of -1), on the one
    // line an error takes on the terminal
    rejects("code,weight\nA,5\nB,\nC,2\nD,-1\n", "7", ":3:2: weight '' must be a non-negative whole number (and 1 "
        + "more bad row) " + dir.resolve("units.csv") + ":5:2: weight '-1' must be a non-negative whole "
        + "number");
  }

  @Test
  void rejectsAFileThatIsNotUtf8() throws Exception {
    Path p = dir.resolve("latin1.csv");
    Files.write(p, new byte[] {'c', 'o', 'd', 'e', ',', 'w', 'e', 'i', 'g', 'h', 't', '\n', (byte) 0xE9, ',', '1',
        '\n'});
    Cli r = Cli.run("quota", "--units", p.toString(), "--total", "1");
    assertThat(r.code()).isEqualTo(1);
    // line 2 starts with 0xE9, é in Latin-1, which UTF-8 never starts a character with
    assertThat(r.err()).startsWith("error: " + p + ":2:0: text must be UTF-8, but byte 0xE9 is not valid UTF-8 here");
  }

  @Test
  void aMissingFileIsAnInputError() {
    Path p = dir.resolve("nope.csv");
    Cli r = Cli.run("quota", "--units", p.toString(), "--total", "1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: cannot read " + p + ": it does not exist");
  }

  @Test
  void floorsAboveTheTotalAreAnInputError() throws Exception {
    Path p = file("f.csv", "code,weight,floor\nA,5,4\nB,3,4\n");
    Cli r = Cli.run("quota", "--units", p.toString(), "--total", "7");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("8").contains("7");
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    String u = units().toString();
    assertThat(Cli.run("quota", "--units", u).code()).isEqualTo(2); // --total missing
    assertThat(Cli.run("quota", "--total", "7").code()).isEqualTo(2); // --units missing
    Cli negative = Cli.run("quota", "--units", u, "--total", "-1");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("--total must be between 0 and 2147483647, but was -1");
    assertThat(Cli.run("quota", "--units", u, "--total", "seven").code()).isEqualTo(2);
    Cli method = Cli.run("quota", "--units", u, "--total", "7", "--method", "COIN_TOSS");
    assertThat(method.code()).isEqualTo(2);
    assertThat(method.err()).contains("COIN_TOSS");
    assertThat(Cli.run("quota", "--units", u, "--total", "7", "--format", "xml").code()).isEqualTo(2);
  }
}
