package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts command. The golden amounts are the sample district's ILLUSTRATIVE figures
 * (region-500116-jiangjin-sample.yaml and the national files) worked by hand for a senior-high graduate enlisting in
 * spring 2026 (24 months): family payment 12,000 x 2 = 24,000 (no education uplift); enlistment reward 2,000;
 * allowance 1,100 x 12 + 1,200 x 12 = 27,600; discharge payment 4,500 x 2 = 9,000; local subsidy 30,000;
 * total 92,600.
 */
class AccountsCommandTest {

  private static final String JSON = "{\"sex\": \"male\", \"birthDate\": \"2007-03-01\", "
      + "\"educationLevel\": \"senior_high\", \"studyStatus\": \"fresh_graduate\", "
      + "\"enlistmentRegion\": \"500116\", \"enlistmentTerm\": \"2026-SPRING\"}";

  @TempDir
  Path dir;

  @Test
  void chineseTextFromOptions() {
    Cli r = Cli.run("accounts", "--birth-date", "2007-03-01");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("算清三本账").contains("== 政治账 ==", "== 成长账 ==", "== 经济账 ==",
        "* 义务兵家庭优待金  ¥24,000.00", "* 义务兵津贴  ¥27,600.00", "经济账合计（含退役后发放的款项）：¥92,600.00",
        "以下项目使用了示例数据");
  }

  @Test
  void englishSummaryAndWageComparison() {
    Cli summary = Cli.run("accounts", "--birth-date", "2007-03-01", "--locale", "en", "--format", "summary");
    assertThat(summary.code()).isZero();
    assertThat(summary.out()).isEqualTo("The three accounts: 6 political and 1 growth items; economic account "
        + "CNY 92,600.00 over 24 months. (includes illustrative figures)\n");
    // 6,000 a month x 24 months = 144,000; 92,600 - 144,000 = -51,400
    Cli wage = Cli.run("accounts", "--birth-date", "2007-03-01", "--locale", "en", "--wage", "6000");
    assertThat(wage.out()).contains("Wage income over the same months: CNY 144,000.00", "Difference: -CNY 51,400.00");
  }

  @Test
  void tuitionAndEducationFromOptions() {
    // a fresh master's graduate with 3 x 8,000 tuition: family payment 12,000 x 1.7 (postgraduate graduate uplift
    // 70%) x 2 = 40,800; reward 12,000; tuition 24,000; allowance 27,600; discharge 9,000; local 30,000 = 143,400
    Cli r = Cli.run("accounts", "--sex", "female", "--birth-date", "2001-04-12", "--education", "postgraduate",
        "--tuition", "8000", "--tuition", "8000", "--tuition", "8000", "--format", "summary");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("¥143,400.00");
  }

  @Test
  void profileFileInEveryFormat() throws Exception {
    Path profile = dir.resolve("p.json");
    Files.writeString(profile, JSON);
    Cli json = Cli.run("accounts", "--profile", profile.toString(), "--format", "json");
    assertThat(json.code()).as(json.toString()).isZero();
    assertThat(json.out()).contains("\"zhengbing-three-accounts/1\"", "\"92600.00\"");
    assertThat(Cli.run("accounts", "--profile", profile.toString(), "--format", "markdown").out())
        .startsWith("# 算清三本账");
    Path html = dir.resolve("out/accounts.html");
    Cli page = Cli.run("accounts", "--profile", profile.toString(), "--format", "html", "--locale", "en", "--out",
        html.toString());
    assertThat(page.code()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html").contains("<html lang=\"en\"");
  }

  @Test
  void profileFileWithAnotherApprovalDate() throws Exception {
    Path profile = dir.resolve("p.json");
    Files.writeString(profile, JSON.replace("2026-SPRING", "2025-AUTUMN"));
    Cli r = Cli.run("accounts", "--profile", profile.toString(), "--date", "2025-09-01", "--locale", "en");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("1 September 2025", "CNY 92,600.00");
  }

  @Test
  void inputErrors() throws Exception {
    Path missing = dir.resolve("none.json");
    Cli r = Cli.run("accounts", "--profile", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: " + missing + ": cannot read the file: it does not exist"
        + System.lineSeparator());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, JSON.replace("\"male\"", "\"MALE\""));
    Cli b = Cli.run("accounts", "--profile", bad.toString());
    assertThat(b.code()).isEqualTo(1);
    assertThat(b.err()).startsWith("error: " + bad + ": ").contains("sex must be one of male, female, but was 'MALE'");
  }

  @Test
  void usageErrors() throws Exception {
    assertThat(Cli.run("accounts").err()).contains("give the candidate by --profile FILE or by options");
    assertThat(Cli.run("accounts").code()).isEqualTo(2);
    String[][] bad = {
        {"--locale", "fr"}, {"--sex", "x"}, {"--education", "phd"}, {"--study-status", "dropout"},
        {"--wage", "lots"}, {"--tuition", "1e3"}, {"--term", "2026-WINTER"}, {"--format", "pdf"},
        {"--date", "2026-13-01"}};
    for (String[] b : bad) {
      Cli r = Cli.run("accounts", "--birth-date", "2007-03-01", b[0], b[1]);
      assertThat(r.code()).as(b[0] + " " + b[1] + ": " + r).isEqualTo(2);
      assertThat(r.err()).as(b[0]).contains(b[1]);
    }
    Path profile = dir.resolve("p.json");
    Files.writeString(profile, JSON);
    assertThat(Cli.run("accounts", "--profile", profile.toString(), "--birth-date", "2007-03-01").code())
        .isEqualTo(2);
    assertThat(Cli.run("accounts", "--profile", profile.toString(), "--wage", "5000", "--region", "500116").code())
        .isEqualTo(2);
  }
}
