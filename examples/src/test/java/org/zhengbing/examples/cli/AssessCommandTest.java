package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

  private static final String HEADER = "unit,liable,registered,applicants,examined,double_qualified,approved,"
      + "college_approved,returned,task";

  @TempDir
  Path dir;

  private Path counts(String rows) throws Exception {
    Path p = dir.resolve("counts.csv");
    Files.writeString(p, HEADER + "\n" + rows);
    return p;
  }

  @Test
  void assessesEachUnit() throws Exception {
    // The bundled ILLUSTRATIVE definitions (Shandong proxies, national-quota.yaml):
    //   registration registered/liable 1000/1000 = 100% >= 100% met
    //   exam turnout examined/task 250/100 = 250% >= 200% met
    //   qualification double_qualified/task 130/100 = 130% >= 120% met
    //   selection college_approved/approved 30/100 = 30% < 40% not met
    //   return returned/approved 2/100 = 2% > 0.9% (a maximum) not met
    //   task completion approved/task 100/100 = 100% >= 100% met
    //   college share college_approved/approved 30% < 40% not met
    // -> 4 of 7 targets met; 600 applicants / 100 places = 6.00 per place
    Cli r = Cli.run("assess", "--counts", counts("几江街道,1000,1000,600,250,130,100,30,2,100\n").toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Unit 几江街道 (500116, 2026-01-01): 4 of 7 targets met; 6.00 applicants per place",
        "[ILLUSTRATIVE definitions]")
        .containsPattern("registration +100% +>= 100% +met")
        .containsPattern("exam_turnout +250% +>= 200% +met")
        .containsPattern("selection +30% +>= 40% +not_met")
        .containsPattern("return +2% +<= 0.9% +not_met");
  }

  @Test
  void aRegionColumnOverridesTheDefault() throws Exception {
    Path p = dir.resolve("c.csv");
    Files.writeString(p, HEADER + ",region\nA,10,10,6,3,2,1,1,0,1,110000\n");
    Cli r = Cli.run("assess", "--counts", p.toString(), "--explain");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Unit A (110000, 2026-01-01)", "rests on ILLUSTRATIVE parameters");
  }

  @Test
  void inconsistentCountsAreReportedWithTheLine() throws Exception {
    Path p = counts("A,10,10,6,3,2,1,1,0,1\nB,10,10,6,3,2,5,1,0,1\n");
    Cli r = Cli.run("assess", "--counts", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + p + ":3:0: count approved must not exceed double_qualified, but was "
        + "5 > 2");
  }

  @Test
  void badRowsAreReportedWithTheLine() throws Exception {
    Path p = counts("A,10,10,6,3,2,1,1,0,one\n");
    Cli r = Cli.run("assess", "--counts", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + p + ":2:10: task 'one' must be a non-negative whole number");
    Path dup = counts("A,10,10,6,3,2,1,1,0,1\nA,10,10,6,3,2,1,1,0,1\n");
    assertThat(Cli.run("assess", "--counts", dup.toString()).err())
        .contains(":3:1: unit 'A' must appear once, but appeared already");
    Path missing = dir.resolve("m.csv");
    Files.writeString(missing, "unit,liable\nA,1\n");
    assertThat(Cli.run("assess", "--counts", missing.toString()).err())
        .contains(":1:1: header must name the columns unit,liable,registered");
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run("assess").code()).isEqualTo(2);
    assertThat(Cli.run("assess", "--counts", "x.csv", "--date", "soon").code()).isEqualTo(2);
  }
}
