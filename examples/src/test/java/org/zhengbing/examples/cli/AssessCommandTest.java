package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on the documented example, docs/assessment-records.csv: the golden report of core's
 * RecordAssessorTest (four townships, three seasons), whose every figure is worked by hand there.
 */
class AssessCommandTest {

  // the tests of this module run in the repository root (examples/pom.xml: the docs' snippets use its paths)
  static final Path SAMPLE = ReadmeMainJobTest.readme().resolveSibling("docs").resolve("assessment-records.csv");

  static final String HEADER = "unit,season,liable,registered,applicants,examined,physical_passed,political_passed,"
      + "double_qualified,approved,college_approved,graduates_approved,task";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void printsTheTableOfTheLatestSeason() {
    Cli r = Cli.run("assess", "--records", SAMPLE.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Assessment of 4 units over 3 seasons (2025-SPRING to 2026-SPRING)  "
        + "[ILLUSTRATIVE definitions]", "Season 2026-SPRING:")
        // 2026 spring: 东城镇 and 西城镇 100 (tied, rank 1), 南山镇 80 (报名率 95% missed), 北湖镇 40
        .containsPattern("1= +东城镇 +100% +250% +150% +66.67% +0% +60% +50% +20% +100% +100% +4.00x +ok +100.00")
        .containsPattern("1= +西城镇 .* 100.00")
        .containsPattern("3 +南山镇 +95%! +250% .* 80.00")
        .containsPattern("4 +北湖镇 +100% +180%! +110%! +90.91%! +0% +61.11% .* 2.80x +small! +40.00")
        .contains("北湖镇      报名率 met 20.00/20, 上站率 not_met 0.00/20, 合格率 not_met 0.00/20, "
            + "择优率 not_met 0.00/20, 退兵率 met 20.00/20 = 40.00 of 100")
        // the year 2025 of 西城镇 from summed counts: 1 return of 25 approved = 4%; 24 / 25 = 96% net completion
        .containsPattern("2025 西城镇 +100% +252% +152% +65.79% +4%! .* 96%! .* 80.00  rank 3=")
        .contains("西城镇      longest 2 (2025-AUTUMN..2026-SPRING); current 2 (2025-AUTUMN..2026-SPRING); "
            + "returned in 2025-AUTUMN: 1/0/0")
        .contains("东城镇      longest 3 (2025-SPRING..2026-SPRING)");
  }

  @Test
  void anEarlierSeasonCanBeShown() {
    Cli r = Cli.run("assess", "--records", SAMPLE.toString(), "--season", "2025-SPRING");
    assertThat(r.code()).as(r.toString()).isZero();
    // 2025 spring: 东城镇 100, 北湖镇 100, 南山镇 80, 西城镇 80 (its spring recruit returned: 10%)
    assertThat(r.out()).containsPattern("1= +东城镇").containsPattern("1= +北湖镇").containsPattern("3= +南山镇")
        .containsPattern("3= +西城镇 +100% +250% +150% +66.67% +10%!");
    Cli none = Cli.run("assess", "--records", SAMPLE.toString(), "--season", "2024-AUTUMN");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("--season must be one with records [2025-SPRING, 2025-AUTUMN, 2026-SPRING], but "
        + "was 2024-AUTUMN");
    Cli bad = Cli.run("assess", "--records", SAMPLE.toString(), "--season", "spring");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--season: term must look like '2026-SPRING' or '2026-AUTUMN', but was 'spring'");
    Cli format = Cli.run("assess", "--records", SAMPLE.toString(), "--format", "pdf");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format must be text or html, but was 'pdf'");
  }

  @Test
  void jsonRecordsGiveTheSameReport() throws Exception {
    StringBuilder json = new StringBuilder("[\n");
    String[] rows = Files.readString(SAMPLE).lines().filter(l -> !l.startsWith("#")).skip(1).toArray(String[]::new);
    String[] cols = ("unit,season,region,liable,registered,applicants,examined,physical_passed,political_passed,"
        + "double_qualified,approved,college_approved,graduates_approved,task").split(",");
    for (int i = 0; i < rows.length; i++) {
      String[] f = rows[i].split(",", -1);
      json.append("  {");
      for (int c = 0; c < cols.length; c++) {
        json.append(c == 0 ? "" : ", ").append('"').append(cols[c]).append("\": ")
            .append(c < 3 ? "\"" + f[c] + "\"" : f[c]);
      }
      if (!f[14].isEmpty()) {
        json.append(", \"returns\": [{\"approved_in\": \"").append(f[17]).append("\", \"reason\": \"physical\", ")
            .append("\"count\": ").append(f[14]).append("}]");
      }
      json.append(i + 1 < rows.length ? "},\n" : "}\n");
    }
    json.append("]\n");
    Path p = file("records.json", json.toString());
    Cli fromJson = Cli.run("assess", "--records", p.toString());
    Cli fromCsv = Cli.run("assess", "--records", SAMPLE.toString());
    assertThat(fromJson.code()).as(fromJson.toString()).isZero();
    assertThat(fromJson.out()).isEqualTo(fromCsv.out());
  }

  @Test
  void writesTheHtmlPage() throws Exception {
    Path page = dir.resolve("out/report.html");
    Cli r = Cli.run("assess", "--records", SAMPLE.toString(), "--format", "html", "--output", page.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + page + "\n");
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  @Test
  void anInvalidRecordIsReportedWithFileLineUnitSeasonAndField() throws Exception {
    Path p = file("r.csv", HEADER + "\n石门镇,2026-SPRING,10,10,6,3,2,5,2,5,1,0,1\n");
    Cli r = Cli.run("assess", "--records", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + p + ":2: unit 石门镇, season 2026-SPRING, field approved: approved "
        + "must not exceed double_qualified, but was 5 > 2");
  }

  @Test
  void errorsAcrossRecordsNameTheLineOfTheRecord() throws Exception {
    Path p = file("r.csv", HEADER + ",returned_physical,returned_approved_in\n"
        + "石门镇,2025-SPRING,10,10,6,3,2,5,2,1,1,0,1,,\n"
        + "石门镇,2025-AUTUMN,10,10,6,3,2,5,2,1,1,0,1,2,2025-SPRING\n");
    Cli r = Cli.run("assess", "--records", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + p + ":2: unit 石门镇, season 2025-SPRING, field returned: returned "
        + "must not exceed approved (returns of the season's recruits, in any season), but was 2 > 1");
    Path twice = file("t.csv", HEADER + "\n石门镇,2025-SPRING,10,10,6,3,2,5,2,1,1,0,1\n"
        + "# again\n石门镇,2025-SPRING,10,10,6,3,2,5,2,1,1,0,1\n");
    Cli t = Cli.run("assess", "--records", twice.toString());
    assertThat(t.err()).startsWith("error: " + twice + ":4: unit 石门镇, season 2025-SPRING, field season: a unit "
        + "must have one record per season, but 2025-SPRING appears twice");
    Path over = file("o.csv", HEADER + "\n石门镇,2025-SPRING,10,11,6,3,2,5,2,1,1,0,1\n");
    assertThat(Cli.run("assess", "--records", over.toString()).err()).startsWith("error: " + over + ":2: unit 石门镇, "
        + "season 2025-SPRING, field registered: registered must not exceed liable unless "
        + "assessment.registration.from_elsewhere_allowed, but was 11 > 10");
    Path empty = file("e.csv", HEADER + "\n");
    assertThat(Cli.run("assess", "--records", empty.toString()).err()).startsWith("error: " + empty
        + ": file must hold at least one record, but had none");
  }
}
