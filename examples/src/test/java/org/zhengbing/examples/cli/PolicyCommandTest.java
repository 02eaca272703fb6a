package org.zhengbing.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

  private static final String GOOD = """
      format: zhengbing-policy/1
      region: "500116"
      sources:
        mine: {document: "Our district's own season split (a test assumption)", issuer: "Test office"}
      parameters:
        quota.season_split.spring_share:
          values:
            - {from: 2026-01-01, value: "45%", confidence: ILLUSTRATIVE, citation: mine}
      """;

  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void showPrintsTheValueAndItsProvenance() {
    Cli r = Cli.run("policy", "show", "quota.season_split.spring_share", "--region", "500116", "--date",
        "2026-03-01");
    assertThat(r.code()).as(r.toString()).isZero();
    // national-defaults.yaml: 50% from 2020-01-01, the library's reading of 中国民兵 2020's "基本对半开": ILLUSTRATIVE
    assertThat(r.out()).startsWith("quota.season_split.spring_share = 50%")
        .contains("scope:      national", "effective:  from 2020-01-01", "confidence: ILLUSTRATIVE",
            "issuer:   中国民兵", "for:        500116 江津区 on 2026-03-01");
    // a value from a legal text shows its article and the article's words (征兵工作条例第三十条)
    Cli notice = Cli.run("policy", "show", "calendar.public_notice.min_working_days", "--date", "2026-03-01");
    assertThat(notice.out()).contains("citation:   征兵工作条例", "title:    Regulations on Conscription Work",
        "article:  第三十条", "text:     县、自治县、不设区的市、市辖区人民政府征兵办公室应当及时向社会公示拟批准服现役的应征公民名单，"
            + "公示期不少于5个工作日。");
  }

  @Test
  void showSeesPolicyFiles() throws Exception {
    Cli r = Cli.run("policy", "show", "quota.season_split.spring_share", "--policy",
        file("mine.yaml", GOOD).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("quota.season_split.spring_share = 45%")
        .contains("scope:      500116", "confidence: ILLUSTRATIVE (invented for examples; never official)",
            "issuer:   Test office");
  }

  @Test
  void showErrors() {
    Cli unknown = Cli.run("policy", "show", "quota.season_split.spring_shaer");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("error: KEY must be a defined parameter key, but was "
        + "'quota.season_split.spring_shaer'");
    Cli before = Cli.run("policy", "show", "quota.season_split.spring_share", "--date", "2001-01-01");
    assertThat(before.code()).as(before.toString()).isEqualTo(1);
    assertThat(before.err()).startsWith("error: ").contains("quota.season_split.spring_share", "2001-01-01");
    assertThat(Cli.run("policy", "show").code()).isEqualTo(2);
    assertThat(Cli.run("policy").code()).isEqualTo(2);
  }

  @Test
  void checkAcceptsGoodFiles() throws Exception {
    Cli r = Cli.run("policy", "check", file("a.yaml", GOOD).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("ok    " + dir.resolve("a.yaml") + " (1 values)", "all 1 files are valid");
  }

  @Test
  void checkReportsEveryBadFileWithLineAndColumn() throws Exception {
    Path good = file("good.yaml", GOOD.replace("2026-01-01", "2027-01-01"));
    Path typo = file("typo.yaml", GOOD.replace("    values:", "    valeus:"));
    Path noCitation = file("nocite.yaml", GOOD.replace(", citation: mine", ""));
    Path missing = dir.resolve("missing.yaml");
    Cli r = Cli.run("policy", "check", typo.toString(), good.toString(), noCitation.toString(), missing.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(3);
    assertThat(r.err()).contains(typo + ":7:5: ", "valeus", noCitation + ":8:", "citation",
        missing + ": cannot read the file");
    assertThat(r.out()).contains("ok    " + good, "3 of 4 files have errors");
  }

  @Test
  void listPrintsEveryParameterAndParamsIsAnAlias() {
    Cli list = Cli.run("policy", "list", "--region", "500116", "--date", "2026-03-01");
    assertThat(list.code()).isZero();
    assertThat(list.out()).startsWith("Parameters for 500116 江津区 on 2026-03-01:")
        .contains("quota.season_split.spring_share = 50% (national, from 2020-01-01, ILLUSTRATIVE");
    Cli params = Cli.run("params", "--region", "500116", "--date", "2026-03-01");
    assertThat(params.out()).isEqualTo(list.out());
  }

  /** A county whose five-month instalments pay a full instalment for the part period (testkit rule 'reconcile'). */
  private static final String OVER_PAYING = """
      format: zhengbing-policy/1
      region: "330106"
      sources:
        county: {document: "A county notice invented by the test", note: "test data"}
      parameters:
        family_payment.annual_standard:
          values:
            - {from: 2021-01-01, value: 12000, confidence: LOCAL_DOCUMENT, citation: county}
        family_payment.period_months:
          values:
            - {from: 2021-01-01, value: 5, confidence: LOCAL_DOCUMENT, citation: county}
        family_payment.part_period_counts_as_full:
          values:
            - {from: 2021-01-01, value: true, confidence: LOCAL_DOCUMENT, citation: county}
      """;

  @Test
  void checkWithPropertiesRunsTheConformanceSuite() throws Exception {
    // The conformance suite asks an ILLUSTRATIVE value to say why in a note; GOOD lacks one, so add it.
    String noted = GOOD.replace("citation: mine}", "citation: mine, note: \"our office's planning figure\"}");
    Cli r = Cli.run("policy", "check", "--properties", file("a.yaml", noted).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("all 1 files are valid", "Policy conformance: PASSED");
  }

  /** A county that pays rural families less than urban ones from 2024 (征兵工作条例第六十二条 forbids it). */
  private static final String BY_HUKOU = """
      format: zhengbing-policy/1
      region: "500116"
      sources:
        county: {document: 县文件, document_en: county notice}
      parameters:
        family_payment.formula:
          values:
            - {from: 2024-01-01, value: income_multiple, confidence: LOCAL_DOCUMENT, citation: county}
        family_payment.reference_income:
          values:
            - {from: 2024-01-01, value: {urban: 40000, rural: 20000}, confidence: LOCAL_DOCUMENT, citation: county}
        family_payment.income_multiple:
          values:
            - {from: 2024-01-01, value: "0.5", confidence: LOCAL_DOCUMENT, citation: county}
      """;

  @Test
  void checkRejectsDifferentUrbanAndRuralFamilyPayments() throws Exception {
    Cli r = Cli.run("policy", "check", file("hukou.yaml", BY_HUKOU).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("all 1 files are valid");
    assertThat(r.err()).contains("[unified-standard] family_payment.reference_income", "实行城乡统一标准");
  }

  @Test
  void checkWithPropertiesFailsOnAViolation() throws Exception {
    // Two years are 24 months: five-month instalments with the part period paid in full pay 5 x 5/12 = 25/12 of
    // the annual amount, one twelfth more than the 24/12 the term earns; the file reads cleanly but does not conform.
    Cli r = Cli.run("policy", "check", "--properties", file("over.yaml", OVER_PAYING).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("all 1 files are valid", "Policy conformance: FAILED", "[reconcile]");
  }

  @Test
  void checkWithPropertiesNamesAnIllustrativeValueWithoutANote() throws Exception {
    Cli r = Cli.run("policy", "check", "--properties", file("a.yaml", GOOD).toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("Policy conformance: FAILED, 1 violation (cited: 1;",
        "quota.season_split.spring_share");
  }

  @Test
  void checkWithoutPropertiesOnlyReadsTheFiles() throws Exception {
    Cli r = Cli.run("policy", "check", file("over.yaml", OVER_PAYING).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("Policy conformance");
  }
}
