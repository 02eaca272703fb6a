package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  private static String row(String code, int weight, int places, String name) {
    return String.format("   %-10s %7d %7d  %s", code, weight, places, name);
  }

  @Test
  void demoIsTheDefaultCommand() {
    Cli bare = Cli.run();
    Cli named = Cli.run("demo");
    assertThat(bare.code()).as(bare.toString()).isZero();
    assertThat(bare.out()).isEqualTo(named.out()).startsWith(
        "Zhengbing demo: conscription year 2026 in 江津区 (Jiangjin District, 500116), as of 2026-01-15");
    assertThat(bare.err()).isEmpty();
  }

  @Test
  void labelsTheIllustrativeTaskAndWeights() {
    Cli r = Cli.run();
    // the task (examples.demo.annual_task, demo-jiangjin-illustrative.yaml) is an invented 240
    assertThat(r.out()).contains("   240 places [ILLUSTRATIVE]",
        "weights: registered men per township [ILLUSTRATIVE, generated",
        "Figures marked [ILLUSTRATIVE] are invented for the demo and never official.");
  }

  @Test
  void splitsTheTaskByTheNationalSpringShare() {
    // quota.season_split.spring_share = 50% from 2020 (中国民兵 2020: 基本对半开, read as one half, ILLUSTRATIVE): 240 x 50% = 120 + 120
    Cli r = Cli.run();
    assertThat(r.out()).contains("spring share 50% [ILLUSTRATIVE]", "spring 120 places, autumn 120 places");
  }

  @Test
  void apportionsTheSpringTaskToTheThirtyTownshipsByLargestRemainder() {
    Cli r = Cli.run();
    List<String> rows = r.out().lines().filter(l -> l.matches("   50011[0-9]{4} .*")).toList();
    assertThat(rows).hasSize(30);
    // Hand calculation: the weights sum to 17751; quota = 120 x w / 17751; the floors sum to 105, so the 15
    // largest remainders get one more place. 双福街道 1598: 10.803 -> 10 + 1 (remainder .803, the 4th largest).
    // 石门镇 669: 4.5226 (15th largest remainder) -> 5; 几江街道 668: 4.5158 (16th) -> stays 4.
    // 贾嗣镇 103: 0.6963 (7th) -> 1. 支坪镇 222: 1.5008 (17th) -> 1.
    assertThat(r.out()).contains(row("500116004", 1598, 11, "双福街道"), row("500116103", 669, 5, "石门镇"),
        row("500116001", 668, 4, "几江街道"), row("500116118", 103, 1, "贾嗣镇"), row("500116124", 222, 1, "支坪镇"));
    assertThat(r.out()).contains(String.format("   %-10s %7d %7d", "total", 17751, 120));
  }

  @Test
  void printsTheSpringCalendarAndTheNextDeadlines() {
    Cli r = Cli.run();
    assertThat(r.out()).contains("4. Spring 2026 calendar (2026-SPRING, 500116)",
        "approval of enlistment (2026年上半年 批准入伍)",
        // men's and women's online registration close on 10 February 2026: 27 days from 15 January, inclusive
        "2026-02-10  male    27 days left  2026 spring: men's online registration",
        "2026-02-10  female  27 days left  2026 spring: women's online registration",
        // the sample district sets seeds/003's May and October awareness months, as an illustration
        "   Awareness months (征兵宣传月): 2026-05*, 2026-10*  (* ILLUSTRATIVE)");
  }

  @Test
  void dateMovesTheDeadlines() {
    Cli r = Cli.run("demo", "--date", "2026-02-11");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("as of 2026-02-11", "Next deadlines from 2026-02-11:")
        .doesNotContain("2026-02-10  male");
  }

  @Test
  void aBadDateIsAUsageError() {
    Cli r = Cli.run("demo", "--date", "2026-02-30");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("2026-02-30");
  }

  @Test
  void aYearWithoutWorkingDayDataIsAnInputError() {
    Cli r = Cli.run("demo", "--date", "2031-01-15");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("2031");
  }

  @Test
  void policyFilesLayerOverTheDefaults() throws Exception {
    Path file = dir.resolve("jiangjin-2026.yaml");
    Files.writeString(file, """
        format: zhengbing-policy/1
        region: "500116"
        sources:
          mine: {document: "Our district's own season split (a test assumption)"}
        parameters:
          quota.season_split.spring_share:
            values:
              - {from: 2026-01-01, value: "45%", confidence: ILLUSTRATIVE, citation: mine}
        """);
    Cli r = Cli.run("demo", "--policy", file.toString());
    // 240 x 45% = 108 in spring, 132 in autumn
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("spring share 45% [ILLUSTRATIVE]", "spring 108 places, autumn 132 places",
        String.format("   %-10s %7d %7d", "total", 17751, 108));
  }

  @Test
  void endsWithTheThreeAccountsOfThreePersonas() {
    Cli r = Cli.run();
    // senior-high graduate: 24,000 + 2,000 + 27,600 + 9,000 + 30,000 = 92,600 (see AccountsCommandTest);
    // master's graduate: 40,800 + 12,000 + 24,000 tuition + 27,600 + 9,000 + 30,000 = 143,400
    assertThat(r.out()).contains("5. The three accounts (三本账) of three personas enlisting in 江津区 in spring 2026",
        "a) man, senior-high graduate", "b) man, second-year undergraduate", "c) woman, fresh master's graduate",
        "zh: 算清三本账：政治账6项，成长账1项，经济账24个月共¥92,600.00。（含示例数据）",
        "en: The three accounts: 6 political and 1 growth items; economic account CNY 92,600.00 over 24 months.",
        "经济账24个月共¥143,400.00", "学费补偿、国家助学贷款代偿、学费减免 ¥24,000.00",
        "保留学籍、退役后复学 (Study place kept; re-entry after service)",
        "* rests on an ILLUSTRATIVE figure.");
  }

  @Test
  void theStatementsCountServiceFromTheCalendarsApprovalDate() {
    // Spring 2026 as the calendar lays it out (the published season 02-24..03-31, after the Spring Festival holiday
    // 02-15..02-23): exams Tue 02-24 to Thu 02-26, education Fri 02-27, Sat 02-28 (adjusted working day) and Mon
    // 03-02, collective approval Tue 03-03, the 5-working-day notice Wed 03-04 to Tue 03-10; it ends after the
    // national approval date 03-01, so approval is 03-11 (Reg. Art 31) and the statements count service from that
    // day, not from the parameter's 03-01: the full statement shows the first family-payment instalment due on it.
    Cli r = Cli.run("demo", "--full");
    assertThat(r.out()).contains("2026-02-24 2026-02-26  2026 spring: physical examination",
        "2026-02-27 2026-03-02  2026 spring: pre-service education",
        "2026-03-11 2026-03-11  2026 spring: approval of enlistment",
        "in spring 2026, approved on 2026-03-11 (the calendar's approval date)", "2026年3月11日")
        .doesNotContain("2026年3月1日");
  }

  @Test
  void fullPrintsWholeStatementsInBothLanguages() {
    Cli r = Cli.run("demo", "--full");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("经济账合计（含退役后发放的款项）：¥92,600.00",
        "Economic account total (including payments after discharge): CNY 92,600.00", "经济账合计（含退役后发放的款项）：¥143,400.00");
  }
}
