package org.zhengbing.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionScope;
import org.zhengbing.policy.PolicySets;

class PolicyConformanceTest {

  static Path broken(String name) {
    try {
      return Path.of(PolicyConformanceTest.class.getResource("/broken/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConformanceReport checkFile(String name) {
    return PolicyConformance.check(List.of(broken(name)));
  }

  @Test
  void bundledPoliciesConform() {
    for (PolicyBook book : List.of(PolicyBook.nationalDefaults(), PolicySets.nationalDefaults(),
        PolicySets.sampleRegions())) {
      ConformanceReport report = PolicyConformance.check(book);
      assertThat(report.violations()).isEmpty();
      assertThat(report.passed()).isTrue();
      assertThat(report.rules()).containsExactlyElementsOf(EnumSet.allOf(ConformanceRule.class));
      assertThat(report.format())
          .isEqualTo("Policy conformance: PASSED (readable, cited, coverage, reconcile, monotonic, calendar, working-days, "
              + "unified-standard: ok)\n");
    }
  }

  @Test
  void aConformingCountyFilePasses() {
    ConformanceReport report = checkFile("good-county.yaml");
    assertThat(report.violations()).isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void aPlaceholderCitationAndAnIllustrativeValueWithoutNoteAreNotCited() {
    ConformanceReport report = checkFile("uncited.yaml");
    assertThat(report.passed()).isFalse();
    assertThat(report.violations()).extracting(Violation::rule).containsOnly(ConformanceRule.CITED);
    assertThat(report.violations()).hasSize(2);
    Violation todo = report.violations().get(0);
    assertThat(todo.key()).isEqualTo("family_payment.annual_standard");
    assertThat(todo.scope()).isEqualTo(RegionScope.parse("330106"));
    assertThat(todo.from()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(todo.until()).isEmpty();
    assertThat(todo.message()).isEqualTo("the citation must name a document, but was 'TODO'");
    // the value's 'from' is on line 14, column 16 of the file
    assertThat(todo.origin()).hasValueSatisfying(o -> assertThat(o).endsWith("uncited.yaml:14:16"));
    Violation noNote = report.violations().get(1);
    assertThat(noNote.key()).isEqualTo("local_economy.monthly_minimum_wage");
    assertThat(noNote.message()).contains("an ILLUSTRATIVE value must say in a note why it is not official");
    assertThat(noNote.origin()).hasValueSatisfying(o -> assertThat(o).endsWith("uncited.yaml:17:16"));
  }

  @Test
  void aYearWithoutValueIsAGap() {
    ConformanceReport report = checkFile("gap.yaml");
    // 'to: 2021-12-31' ends the first value; the next starts 2023-01-01: 2022 has no value, and no national value
    // of the standard exists to fill it
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(ConformanceRule.COVERAGE);
      assertThat(v.key()).isEqualTo("family_payment.annual_standard");
      assertThat(v.from()).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(v.until()).contains(LocalDate.of(2023, 1, 1));
      assertThat(v.message()).startsWith("no value in force from 2022-01-01 to 2022-12-31");
      assertThat(v.origin()).hasValueSatisfying(o -> assertThat(o).endsWith("gap.yaml:14:16"));
    });
  }

  @Test
  void aGapABroaderScopeFillsIsNoGap() {
    // the national conscript term (2 years) is in force in 2022, between the county's two values
    PolicyBook book = PolicySets.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"330106\"",
        "sources:",
        "  county: {document: \"A county notice invented by the test\"}",
        "parameters:",
        "  service.conscript_term.years:",
        "    values:",
        "      - {from: 2021-01-01, to: 2021-12-31, value: 2, confidence: LOCAL_DOCUMENT, citation: county}",
        "      - {from: 2023-01-01, value: 2, confidence: LOCAL_DOCUMENT, citation: county}", ""), "term.yaml");
    assertThat(PolicyConformance.check(book, EnumSet.of(ConformanceRule.COVERAGE)).violations()).isEmpty();
  }

  @Test
  void lessForMoreEducationIsNotMonotonic() {
    ConformanceReport report = checkFile("non-monotonic.yaml");
    assertThat(report.violations()).extracting(Violation::rule).containsOnly(ConformanceRule.MONOTONIC);
    assertThat(report.violations()).extracting(Violation::message).containsExactly(
        "more education must never lower the uplift, but bachelor_final_year has 20%, less than 30% for "
            + "bachelor_student",
        "more education must never lower the uplift, but bachelor_graduate has 30%, less than 50% for "
            + "junior_college_graduate");
    assertThat(report.violations()).extracting(Violation::key).containsOnly("family_payment.education_uplift");
  }

  @Test
  void anOverpayingScheduleDoesNotReconcile() {
    ConformanceReport report = checkFile("over-paying-schedule.yaml");
    // 12,000 a year in 5-month instalments: 12,000 × 5/12 = 5,000 each. A 24-month term is 4 full periods
    // (20 months) and a part period of 4 months paid as a full one: 5 × 5,000 = 25,000, not 2 × 12,000 = 24,000.
    // The county's values start in 2021; terms are sampled to a year past the last change in force there (the
    // national one-standard rule of 2023-05-01): 2021 to 2024, two seasons each, one violation a term.
    assertThat(report.violations()).extracting(Violation::rule).containsOnly(ConformanceRule.RECONCILE);
    assertThat(report.violations()).hasSize(8);
    assertThat(report.violations()).extracting(Violation::from).startsWith(LocalDate.of(2021, 3, 1),
        LocalDate.of(2021, 9, 1), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).endsWith(LocalDate.of(2024, 9, 1));
    assertThat(report.violations().get(0).message()).startsWith("2021-SPRING in 330106: the family payment's 5 "
        + "instalments over a full term of 2 years must add up to 2 × CNY 12000.00 = CNY 24000.00 (to within "
        + "their rounding), but added up to CNY 25000.00");
    assertThat(report.violations().get(0).origin())
        .hasValueSatisfying(o -> assertThat(o).endsWith("over-paying-schedule.yaml:14:16"));
  }

  @Test
  void phasesOutOfOrderBreakTheCalendar() {
    ConformanceReport report = checkFile("long-education.yaml");
    // 60 days of education from the spring season's start (2023-02-15) push approval to late April, after the
    // season ends on 2023-03-31
    assertThat(report.violations()).extracting(Violation::rule).containsOnly(ConformanceRule.CALENDAR);
    Violation first = report.violations().get(0);
    assertThat(first.from()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(first.until()).contains(LocalDate.of(2024, 1, 1));
    assertThat(first.message()).startsWith("the calendar of 2023 cannot be laid out: ")
        .contains("approval of enlistment").contains("2023-02-15/2023-03-31");
  }

  @Test
  void aFileThatDoesNotReadStopsTheCheck() {
    ConformanceReport report = PolicyConformance.check(List.of(broken("syntax-error.yaml"),
        broken("uncited.yaml")));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(ConformanceRule.READABLE);
      assertThat(v.key()).isEqualTo("syntax-error.yaml");
      assertThat(v.from()).isEqualTo(Violation.NO_DATE);
      assertThat(v.message()).contains("YAML syntax");
      assertThat(v.origin()).hasValueSatisfying(o -> assertThat(o).contains("syntax-error.yaml:8:"));
      assertThat(v.toLine()).startsWith("[readable] syntax-error.yaml @ national (");
    });
  }

  @Test
  void theReportFormatsOneLinePerViolation() {
    String text = checkFile("gap.yaml").format();
    assertThat(text.lines()).hasSize(2);
    assertThat(text).startsWith("Policy conformance: FAILED, 1 violation (coverage: 1; readable, cited, reconcile, "
        + "monotonic, calendar, working-days, unified-standard: ok)\n[coverage] family_payment.annual_standard @ 330106 2022-01-01..2023-01-01 (");
    assertThat(text).endsWith("gap.yaml:14:16): no value in force from 2022-01-01 to 2022-12-31: the value from "
        + "2021-01-01 ends before the next one takes effect\n");
  }

  @Test
  void onlyTheRulesAskedForAreChecked() {
    ConformanceReport report = PolicyConformance.check(PolicySets.nationalDefaults()
        .withFile(broken("uncited.yaml")), EnumSet.of(ConformanceRule.COVERAGE));
    assertThat(report.passed()).isTrue();
    assertThat(report.rules()).containsExactly(ConformanceRule.COVERAGE);
    assertThat(report.format()).isEqualTo("Policy conformance: PASSED (coverage: ok)\n");
  }

  @Test
  void aViolationNeedsAMessageAndOrderedDates() {
    LocalDate day = LocalDate.of(2021, 1, 1);
    assertThatThrownBy(() -> new Violation(ConformanceRule.CITED, "k", RegionScope.NATIONAL, day, Optional.empty(),
        " ", Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("violation message must not be blank, but was ' '");
    assertThatThrownBy(() -> new Violation(ConformanceRule.CITED, "k", RegionScope.NATIONAL, day,
        Optional.of(day), "m", Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("violation dates must end after 2021-01-01, but ended 2021-01-01");
  }
}
