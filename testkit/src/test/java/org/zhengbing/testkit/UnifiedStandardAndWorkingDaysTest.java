package org.zhengbing.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.calendar.ConscriptionScheduler;
import org.zhengbing.calendar.workday.WorkdayCalendar;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.PolicySets;

/** The unified-standard and working-days rules. */
class UnifiedStandardAndWorkingDaysTest {

  private static PolicyBook county(String parameters) {
    return PolicySets.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"500116\"",
        "sources:",
        "  county: {document: 县文件, document_en: county notice}",
        "parameters:",
        parameters, ""), "county.yaml");
  }

  private static final String BY_HUKOU = String.join("\n",
      "  family_payment.formula:",
      "    values:",
      "      - {from: 2022-01-01, value: income_multiple, confidence: LOCAL_DOCUMENT, citation: county}",
      "  family_payment.reference_income:",
      "    values:",
      "      - {from: 2022-01-01, value: {urban: 40000, rural: 20000}, confidence: LOCAL_DOCUMENT, citation: county}",
      "  family_payment.income_multiple:",
      "    values:",
      "      - {from: 2022-01-01, value: \"0.5\", confidence: LOCAL_DOCUMENT, citation: county}");

  @Test
  void differentUrbanAndRuralAmountsBreakTheUnifiedStandardFromMay2023() {
    ConformanceReport report = PolicyConformance.check(county(BY_HUKOU), EnumSet.of(ConformanceRule.UNIFIED_STANDARD));
    assertThat(report.passed()).isFalse();
    assertThat(report.violations()).extracting(Violation::rule).containsOnly(ConformanceRule.UNIFIED_STANDARD);
    assertThat(report.violations()).extracting(Violation::key)
        .contains("family_payment.formula", "family_payment.reference_income");
    assertThat(report.violations().get(0).from()).isEqualTo(java.time.LocalDate.of(2023, 5, 1));
    assertThat(report.violations()).anySatisfy(v -> assertThat(v.message()).contains("实行城乡统一标准"));
  }

  @Test
  void equalUrbanAndRuralAmountsAndTheYearsBeforeAreFine() {
    String equal = BY_HUKOU.replace("{urban: 40000, rural: 20000}", "{urban: 30000, rural: 30000}");
    assertThat(PolicyConformance.check(county(equal), EnumSet.of(ConformanceRule.UNIFIED_STANDARD)).passed())
        .isTrue();
    String before = BY_HUKOU.replace("from: 2022-01-01, value: {urban",
        "from: 2022-01-01, to: 2023-04-30, value: {urban");
    assertThat(PolicyConformance.check(county(before), EnumSet.of(ConformanceRule.UNIFIED_STANDARD)).violations())
        .extracting(Violation::key).doesNotContain("family_payment.reference_income");
  }

  @Test
  void aRuralFractionBelowOneHundredPercentBreaksTheUnifiedStandard() {
    String fraction = String.join("\n",
        "  local_subsidy.rural_fraction:",
        "    values:",
        "      - {from: 2024-01-01, value: \"30%\", confidence: LOCAL_DOCUMENT, citation: county}");
    ConformanceReport report = PolicyConformance.check(county(fraction), EnumSet.of(ConformanceRule.UNIFIED_STANDARD));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.key()).isEqualTo("local_subsidy.rural_fraction");
      assertThat(v.message()).contains("30%");
    });
    String full = fraction.replace("\"30%\"", "\"100%\"");
    assertThat(PolicyConformance.check(county(full), EnumSet.of(ConformanceRule.UNIFIED_STANDARD)).passed()).isTrue();
  }

  @Test
  void officeWorkOnAHolidayBreaksTheWorkingDaysRule() {
    // the season starting 02-15 (the pattern before 2026 was published), laid out over weekends only: the exams
    // start Mon 2026-02-16, inside the Spring Festival holiday
    PolicyBook early = county(String.join("\n",
        "  calendar.season.spring.period:",
        "    values:",
        "      - {from: 2026-01-01, to: 2026-12-31, value: \"02-15..03-31\", confidence: LOCAL_DOCUMENT, citation: county}"));
    List<Violation> out = new ArrayList<>();
    PolicyConformance.workingDays(early, ConscriptionScheduler.of(early, WorkdayCalendar.weekendsOnly()),
        WorkdayCalendar.bundled().withWeekendsOnlyForMissingYears(), out);
    assertThat(out).isNotEmpty().allSatisfy(v -> assertThat(v.rule()).isEqualTo(ConformanceRule.WORKING_DAYS));
    assertThat(out).anySatisfy(v -> assertThat(v.message()).startsWith("2026-spring-physical-exam 2026-02-16/")
        .contains("holiday"));
    // the rule as the suite runs it lays out with the holidays and finds nothing
    assertThat(PolicyConformance.check(early, EnumSet.of(ConformanceRule.WORKING_DAYS)).passed()).isTrue();
  }
}
