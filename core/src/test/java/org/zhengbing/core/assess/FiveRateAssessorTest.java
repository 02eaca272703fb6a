package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;

class FiveRateAssessorTest {

  private static final RegionCode DISTRICT = RegionCode.of("370102");
  private static final LocalDate DATE = LocalDate.of(2023, 10, 1);

  /** liable, registered, applicants, examined, double-qualified, approved, college approved, returned, task. */
  private static AssessmentCounts counts(long... v) {
    return ((AssessmentCounts.Builder) AssessmentCounts.builder().liable(v[0]).registered(v[1]).applicants(v[2])
        .examined(v[3]).doubleQualified(v[4]).approved(v[5]).collegeApproved(v[6]).returned(v[7]).task(v[8]))
        .build();
  }

  private static AssessmentCounts counts() {
    return counts(1000, 980, 600, 210, 125, 100, 45, 1, 100);
  }

  @Test
  void fiveRatesAgainstTheShandongProxies() {
    FiveRateAssessment a = FiveRateAssessor.of(PolicyBook.nationalDefaults()).assess(counts(), DISTRICT, DATE);
    // 报名率 980 / 1000 = 98% < 100%: 20 more registrations needed
    RateAssessment reg = a.rate(AssessmentRate.REGISTRATION);
    assertThat(reg.rate()).contains(Rate.ofPercent(98));
    assertThat(reg.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(reg.shortfall()).contains(20L);
    // 上站率 210 / task 100 = 210% >= 200%: met with 10 to spare
    RateAssessment exam = a.rate(AssessmentRate.EXAM_TURNOUT);
    assertThat(exam.rate()).contains(Rate.ofPercent(210));
    assertThat(exam.verdict()).isEqualTo(Verdict.MET);
    assertThat(exam.margin()).contains(10L);
    // 合格率 125 / 100 = 125% >= 120%
    assertThat(a.rate(AssessmentRate.QUALIFICATION).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.rate(AssessmentRate.QUALIFICATION).margin()).contains(5L);
    // 择优率 45 / 100 = 45% >= 40%
    assertThat(a.rate(AssessmentRate.SELECTION).verdict()).isEqualTo(Verdict.MET);
    // 退兵率 1 / 100 = 1% > 0.9%: at most floor(0.9% × 100) = 0 returns allowed, 1 too many
    RateAssessment ret = a.rate(AssessmentRate.RETURN);
    assertThat(ret.rate()).contains(Rate.ofPercent(1));
    assertThat(ret.targetIsMaximum()).isTrue();
    assertThat(ret.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(ret.shortfall()).contains(1L);
    // task completion 100 / 100; college share 45% >= 40%
    assertThat(a.rate(AssessmentRate.TASK_COMPLETION).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.rate(AssessmentRate.COLLEGE_SHARE).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.targetsMet()).isEqualTo(5);
    // seeds/001: 报名人数是征集任务数的6倍 — 600 applicants for 100 places
    assertThat(a.applicantsPerPlace()).contains(new BigDecimal("6.00"));
    assertThat(a.isIllustrative()).isTrue();
    assertThat(ret.explanation().step("assessment.return.rate").orElseThrow().input("numerator_count")
        .orElseThrow().provenance()).isPresent();
  }

  @Test
  void aRegionOverridesATarget() {
    // one city targets a return rate of at most 1% (DOMAIN.md §4): 1 / 100 = 1% is then met
    String yaml = String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"370100\"",
        "sources:",
        "  city:",
        "    document: \"退兵率不高于1% (a city's assessment)\"",
        "    url: https://tcrcsc.com/news_40878.html",
        "parameters:",
        "  assessment.return.target:",
        "    values:",
        "      - {from: 2020-01-01, value: \"1%\", confidence: SECONDARY_REPORT, citation: city}",
        "");
    PolicyBook book = PolicyBook.nationalDefaults().withYaml(yaml, "city.yaml");
    RateAssessment ret = FiveRateAssessor.of(book).assess(counts(), DISTRICT, DATE)
        .rate(AssessmentRate.RETURN);
    assertThat(ret.target()).contains(Rate.ofPercent(1));
    assertThat(ret.verdict()).isEqualTo(Verdict.MET);
    assertThat(ret.margin()).contains(0L);
  }

  @Test
  void zeroDenominatorIsUndefined() {
    AssessmentCounts c = counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
    FiveRateAssessment a = FiveRateAssessor.of(PolicyBook.nationalDefaults()).assess(c, DISTRICT, DATE);
    assertThat(a.rate(AssessmentRate.RETURN).verdict()).isEqualTo(Verdict.UNDEFINED);
    assertThat(a.rate(AssessmentRate.RETURN).rate()).isEmpty();
    assertThat(a.applicantsPerPlace()).isEmpty();
    assertThat(a.targetsMet()).isZero();
  }

  @Test
  void rejectsApprovedAboveApplicants() {
    assertThatThrownBy(() -> counts(1000, 980, 600, 600, 600, 700, 45, 1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count approved must not exceed applicants, but was 700 > 600");
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> counts(1000, 980, 600, 210, 125, 100, 45, -1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count returned must be >= 0, but was -1");
  }

  @Test
  void rejectsInconsistentChain() {
    assertThatThrownBy(() -> counts(1000, 980, 600, 700, 125, 100, 45, 1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count examined must not exceed applicants, but was 700 > 600");
    assertThatThrownBy(() -> counts(1000, 980, 600, 210, 125, 100, 101, 1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count college_approved must not exceed approved, but was 101 > 100");
  }
}
