package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengbing.core.assess.RecordedReturn;
import org.zhengbing.core.assess.ReturnReason;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/** The records reader's errors carry the file and the line, and name the offending value. */
class RecordsInputTest {

  private static final RegionCode REGION = RegionCode.of("500116");
  private static final String HEADER = AssessCommandTest.HEADER;
  private static final String ROW = "石门镇,2026-SPRING,10,10,6,3,2,5,2,1,1,0,1";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private void rejects(String name, String text, int line, String message) throws Exception {
    Path p = file(name, text);
    assertThatThrownBy(() -> RecordsInput.read(p, REGION))
        .isInstanceOfSatisfying(InputFileException.class, e -> {
          assertThat(e.file()).isEqualTo(p.toString());
          assertThat(e.line()).isEqualTo(line);
        })
        .hasMessageStartingWith(p + (line > 0 ? ":" + line : "") + ": " + message);
  }

  @Test
  void readsRowsWithTheirLinesDefaultsAndReturns() throws Exception {
    Path p = file("r.csv", "\uFEFF# comment\n" + HEADER + ",region,returned_political,returned_other,"
        + "returned_approved_in\n\n" + ROW + ",,,,\n\"石门镇, 二\",2026-AUTUMN,10,10,6,3,2,5,2,1,1,0,1,500116001,1,2,"
        + "2026-SPRING\n");
    List<RecordsInput.Row> rows = RecordsInput.read(p, REGION);
    assertThat(rows).extracting(RecordsInput.Row::line).containsExactly(4, 5);
    assertThat(rows.get(0).record().region()).isEqualTo(REGION);
    assertThat(rows.get(0).record().returns()).isEmpty();
    assertThat(rows.get(1).record().unit()).isEqualTo("石门镇, 二");
    assertThat(rows.get(1).record().region()).isEqualTo(RegionCode.of("500116001"));
    ConscriptionTerm spring = ConscriptionTerm.parse("2026-SPRING");
    assertThat(rows.get(1).record().returns()).containsExactly(RecordedReturn.of(spring, ReturnReason.POLITICAL, 1),
        RecordedReturn.of(spring, ReturnReason.OTHER, 2));
  }

  @Test
  void theHeaderMustNameKnownColumnsOnceAndTheRequiredOnes() throws Exception {
    rejects("a.csv", HEADER + ",colour\n" + ROW + ",red\n", 1, "header column must be one of unit, season, liable,");
    rejects("b.csv", HEADER + ",task\n" + ROW + ",1\n", 1, "header column must appear once, but 'task' appears twice");
    rejects("c.csv", HEADER.replace(",task", "") + "\n", 1, "header must name the column 'task', but was");
    rejects("d.csv", "# only a comment\n\n", 0, "file must start with a header naming unit,season,liable");
  }

  @Test
  void everyBadRowIsReportedWithFileLineAndValue() throws Exception {
    Path p = file("rows.csv", HEADER + "\n" + ROW + "\n石门镇,2026-SPRING,10,x,6,3,2,5,2,1,1,0,1\n"
        + "石门镇,2026-SPRING,10\n石门镇,spring,10,10,6,3,2,5,2,1,1,0,1\n");
    assertThatThrownBy(() -> RecordsInput.read(p, REGION)).isInstanceOf(InputFileException.class)
        .hasMessage(p + ":3: unit 石门镇, season 2026-SPRING, field registered: registered must be a non-negative "
            + "integer of at most 15 digits, but was 'x'\n"
            + p + ":4: row must have 13 fields like the header on line 1, but had 3: '石门镇,2026-SPRING,10'\n"
            + p + ":5: unit 石门镇, field season: term must look like '2026-SPRING' or '2026-AUTUMN', but was "
            + "'spring'");
  }

  @Test
  void problemsBeyondTheLimitAreCounted() throws Exception {
    StringBuilder b = new StringBuilder(HEADER + "\n");
    for (int i = 0; i < RecordsInput.MAX_PROBLEMS + 5; i++) {
      b.append("石门镇,2026-SPRING,-1,10,6,3,2,5,2,1,1,0,1\n");
    }
    Path p = file("many.csv", b.toString());
    assertThatThrownBy(() -> RecordsInput.read(p, REGION)).isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(p + ":2: unit 石门镇, season 2026-SPRING, field liable: liable must be a "
            + "non-negative integer of at most 15 digits, but was '-1'")
        .hasMessageContaining(p + ":21: unit")
        .hasMessageEndingWith("\n5 more problems in " + p)
        .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(RecordsInput.MAX_PROBLEMS + 1));
  }

  @Test
  void aBadByteIsReportedWithItsLine() throws Exception {
    Path p = dir.resolve("latin1.csv");
    byte[] head = (HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "Shim\u00e9n,2026-SPRING,10,10,6,3,2,5,2,1,1,0,1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(p, all);
    assertThatThrownBy(() -> RecordsInput.read(p, REGION)).isInstanceOfSatisfying(InputFileException.class,
        e -> assertThat(e.line()).isEqualTo(3))
        .hasMessage(p + ":3: file must be UTF-8 text, but byte " + (head.length + 5) + " (0xE9) is not");
  }

  @Test
  void malformedCsvIsReportedWithALine() throws Exception {
    rejects("q.csv", HEADER + "\n" + ROW + "\n\"石门镇\"x,2026-SPRING,10,10,6,3,2,5,2,1,1,0,1\n", 3,
        "CSV must be well-formed after line 2, but was not:");
    rejects("region.csv", HEADER + ",region\n" + ROW + ",12\n", 2, "unit 石门镇, season 2026-SPRING, field region: ");
    rejects("approved.csv", HEADER + ",returned_approved_in,returned_other\n" + ROW + ",later,1\n", 2,
        "unit 石门镇, field returned_approved_in: term must look like");
    rejects("blank.csv", HEADER + "\n," + ROW.substring(ROW.indexOf(',') + 1) + "\n", 2,
        "unit must not be blank, but was ''");
  }

  @Test
  void aMissingFileIsReported() {
    Path p = dir.resolve("none.csv");
    assertThatThrownBy(() -> RecordsInput.read(p, REGION)).isInstanceOf(InputFileException.class)
        .hasMessage(p + ": cannot read the file: it does not exist");
  }

  @Test
  void jsonRecordsAreStrict() throws Exception {
    String good = "{\"unit\": \"石门镇\", \"season\": \"2026-SPRING\", \"liable\": 10, \"registered\": 10, "
        + "\"applicants\": 6, \"examined\": 3, \"physical_passed\": 2, \"political_passed\": 5, "
        + "\"double_qualified\": 2, \"approved\": 1, \"college_approved\": 1, \"graduates_approved\": 0, "
        + "\"task\": 1";
    Path ok = file("ok.json", "[\n" + good + "},\n" + good.replace("SPRING", "AUTUMN") + ", \"region\": "
        + "\"500116001\", \"returns\": [{\"approved_in\": \"2026-SPRING\", \"reason\": \"other\", \"count\": 1}]}\n]");
    List<RecordsInput.Row> rows = RecordsInput.read(ok, REGION);
    assertThat(rows).extracting(RecordsInput.Row::line).containsExactly(2, 3);
    assertThat(rows.get(1).record().returns()).containsExactly(RecordedReturn.of(
        ConscriptionTerm.parse("2026-SPRING"), ReturnReason.OTHER, 1));
    rejects("a.json", "{}", 1, "JSON records must be an array of objects, but the file starts with START_OBJECT");
    rejects("b.json", "[1]", 1, "each record must be a JSON object, but was VALUE_NUMBER_INT");
    rejects("c.json", "[\n" + good + ", \"colour\": 1}]", 2, "unit 石门镇: field must be one of unit, season,");
    rejects("d.json", "[\n" + good.replace("\"task\": 1", "\"task\": \"1\"") + "}]", 2,
        "unit 石门镇, field task: task must be an integer, but was \"1\"");
    rejects("e.json", "[\n" + good.replace(", \"task\": 1", "") + "}]", 2,
        "unit 石门镇: record must have the field 'task', but had");
    rejects("f.json", "[\n" + good + ", \"returns\": 1}]", 2, "unit 石门镇, field returns: returns must be an array");
    rejects("g.json", "[\n" + good + ", \"returns\": [{\"approved_in\": \"2026-SPRING\", \"reason\": \"bored\", "
        + "\"count\": 1}]}]", 2, "unit 石门镇, field returns: reason must be physical, political or other, but was "
        + "'bored'");
    rejects("h.json", "[\n" + good + ", \"returns\": [{\"reason\": \"other\"}]}]", 2,
        "unit 石门镇, field returns: a return must be an object with approved_in");
    rejects("i.json", "[\n" + good + ", \"returns\": [{\"approved_in\": \"2026-SPRING\", \"reason\": \"other\", "
        + "\"count\": 0}]}]", 2, "unit 石门镇, field returns: returned count must be >= 1, but was 0");
    rejects("j.json", "[\n" + good + "}\n] []", 3, "JSON records must be one array, but more follows it");
    rejects("k.json", "[\n" + good + ",}\n]", 2, "JSON must be well-formed, but was not:");
    rejects("l.json", "[\n" + good + ", \"task\": 2}]", 2, "JSON must be well-formed, but was not: Duplicate field "
        + "'task'");
  }
}
