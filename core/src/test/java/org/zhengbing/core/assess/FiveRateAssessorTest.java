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

  /**
   * liable, registered, applicants, examined, physical, political, double-qualified, approved, college, graduates,
   * returned, task.
   */
  static AssessmentCounts counts(long... v) {
    return AssessmentCounts.builder().liable(v[0]).registered(v[1]).applicants(v[2]).examined(v[3])
        .physicalPassed(v[4]).politicalPassed(v[5]).doubleQualified(v[6]).approved(v[7]).collegeApproved(v[8])
        .graduatesApproved(v[9]).returned(v[10]).task(v[11]).build();
  }

  private static AssessmentCounts counts() {
    return counts(1000, 980, 600, 210, 140, 590, 125, 100, 45, 12, 1, 100);
  }

  @Test
  void ratesAgainstTheShandongProxies() {
    FiveRateAssessment a = FiveRateAssessor.of(PolicyBook.nationalDefaults()).assess(counts(), DISTRICT, DATE);
    // 报名率 980 / 1000 = 98% < 100%: 20 more registrations needed
    RateAssessment reg = a.rate(AssessmentRate.REGISTRATION);
    assertThat(reg.rate()).contains(Rate.ofPercent(98));
    assertThat(reg.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(reg.shortfall()).contains(20L);
    assertThat(reg.margin()).contains(0L);
    assertThat(reg.numeratorCount()).isEqualTo(AssessmentCount.REGISTERED);
    assertThat(reg.denominatorCount()).isEqualTo(AssessmentCount.LIABLE);
    assertThat(reg.numerator()).isEqualTo(980);
    assertThat(reg.denominator()).isEqualTo(1000);
    assertThat(reg.target()).contains(Rate.ofPercent(100));
    assertThat(reg.targetIsMaximum()).isFalse();
    // 上站率 210 / task 100 = 210% >= 200%: met with 10 to spare
    RateAssessment exam = a.rate(AssessmentRate.EXAM_TURNOUT);
    assertThat(exam.rate()).contains(Rate.ofPercent(210));
    assertThat(exam.verdict()).isEqualTo(Verdict.MET);
    assertThat(exam.margin()).contains(10L);
    assertThat(exam.shortfall()).contains(0L);
    // 合格率 125 / 100 = 125% >= 120%
    assertThat(a.rate(AssessmentRate.QUALIFICATION).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.rate(AssessmentRate.QUALIFICATION).margin()).contains(5L);
    // 择优率 100 / 125 = 80% <= 80%: at most floor(0.8 × 125) = 100, met exactly
    RateAssessment sel = a.rate(AssessmentRate.SELECTION);
    assertThat(sel.rate()).contains(Rate.ofPercent(80));
    assertThat(sel.verdict()).isEqualTo(Verdict.MET);
    assertThat(sel.margin()).contains(0L);
    // 退兵率 1 / 100 = 1% > 0.9%: at most floor(0.9% × 100) = 0 returns allowed, 1 too many
    RateAssessment ret = a.rate(AssessmentRate.RETURN);
    assertThat(ret.rate()).contains(Rate.ofPercent(1));
    assertThat(ret.targetIsMaximum()).isTrue();
    assertThat(ret.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(ret.shortfall()).contains(1L);
    assertThat(ret.margin()).contains(0L);
    // 双合格率 125 / 210 = 59.5238..% -> 59.52%, no target; college share 45%, graduate share 12%
    assertThat(a.rate(AssessmentRate.DOUBLE_QUALIFIED).rate()).contains(Rate.ofPercent(new BigDecimal("59.52")));
    assertThat(a.rate(AssessmentRate.DOUBLE_QUALIFIED).verdict()).isEqualTo(Verdict.NO_TARGET);
    assertThat(a.rate(AssessmentRate.DOUBLE_QUALIFIED).shortfall()).isEmpty();
    assertThat(a.rate(AssessmentRate.COLLEGE_SHARE).rate()).contains(Rate.ofPercent(45));
    assertThat(a.rate(AssessmentRate.COLLEGE_SHARE).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.rate(AssessmentRate.GRADUATE_SHARE).rate()).contains(Rate.ofPercent(12));
    // task completion 100 / 100; less returns 99 / 100
    assertThat(a.rate(AssessmentRate.TASK_COMPLETION).verdict()).isEqualTo(Verdict.MET);
    assertThat(a.rate(AssessmentRate.NET_TASK_COMPLETION).rate()).contains(Rate.ofPercent(99));
    assertThat(a.rate(AssessmentRate.NET_TASK_COMPLETION).verdict()).isEqualTo(Verdict.NOT_MET);
    // met: 上站率, 合格率, 择优率, college share, task completion
    assertThat(a.targetsMet()).isEqualTo(5);
    // seeds/001: 报名人数是征集任务数的6倍 — 600 applicants for 100 places; the pool 600 >= 3 × 100
    assertThat(a.applicantsPerPlace()).contains(new BigDecimal("6.00"));
    assertThat(a.isPoolLargeEnough()).isTrue();
    assertThat(a.poolCount()).isEqualTo(AssessmentCount.APPLICANTS);
    assertThat(a.isIllustrative()).isTrue();
    assertThat(ret.explanation().step("assessment.return.rate").orElseThrow().input("numerator_count")
        .orElseThrow().provenance()).isPresent();
    assertThat(a.explanation().step("assessment.pool").orElseThrow().result().toString()).isEqualTo("true");
  }

  @Test
  void aRegionOverridesATargetAndADefinition() {
    // one city targets a return rate of at most 1% (DOMAIN.md §4): 1 / 100 = 1% is then met; and it counts the
    // pool as the double-qualified, 2 per place
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
        "  assessment.pool.count:",
        "    values:",
        "      - {from: 2020-01-01, value: double_qualified, confidence: SECONDARY_REPORT, citation: city}",
        "  assessment.pool.minimum_multiple:",
        "    values:",
        "      - {from: 2020-01-01, value: 1.25, confidence: SECONDARY_REPORT, citation: city}",
        "");
    PolicyBook book = PolicyBook.nationalDefaults().withYaml(yaml, "city.yaml");
    FiveRateAssessment a = FiveRateAssessor.of(book).assess(counts(), DISTRICT, DATE);
    RateAssessment ret = a.rate(AssessmentRate.RETURN);
    assertThat(ret.target()).contains(Rate.ofPercent(1));
    assertThat(ret.verdict()).isEqualTo(Verdict.MET);
    assertThat(ret.margin()).contains(0L);
    // the pool: 125 double-qualified >= ceil(1.25 × 100) = 125, just large enough
    assertThat(a.poolCount()).isEqualTo(AssessmentCount.DOUBLE_QUALIFIED);
    assertThat(a.poolSize()).isEqualTo(125);
    assertThat(a.poolMinimum()).isEqualTo(125);
    assertThat(a.isPoolLargeEnough()).isTrue();
    FiveRateAssessment fewer = FiveRateAssessor.of(book)
        .assess(counts(1000, 980, 600, 210, 140, 590, 124, 100, 45, 12, 1, 100), DISTRICT, DATE);
    assertThat(fewer.isPoolLargeEnough()).isFalse();
  }

  @Test
  void aRetainedPoolAndAnOddMultipleRoundUp() {
    String yaml = String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"370100\"",
        "sources:",
        "  city:",
        "    document: \"test\"",
        "parameters:",
        "  assessment.pool.count:",
        "    values:",
        "      - {from: 2020-01-01, value: retained, confidence: LOCAL_DOCUMENT, citation: city}",
        "  assessment.pool.minimum_multiple:",
        "    values:",
        "      - {from: 2020-01-01, value: 0.985, confidence: LOCAL_DOCUMENT, citation: city}",
        "");
    PolicyBook book = PolicyBook.nationalDefaults().withYaml(yaml, "city.yaml");
    FiveRateAssessment a = FiveRateAssessor.of(book).assess(counts(), DISTRICT, DATE);
    // retained 100 - 1 = 99 >= ceil(0.985 × 100) = ceil(98.5) = 99
    assertThat(a.poolSize()).isEqualTo(99);
    assertThat(a.poolMinimum()).isEqualTo(99);
    assertThat(a.isPoolLargeEnough()).isTrue();
  }

  @Test
  void zeroDenominatorIsUndefined() {
    AssessmentCounts c = counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    FiveRateAssessment a = FiveRateAssessor.of(PolicyBook.nationalDefaults()).assess(c, DISTRICT, DATE);
    assertThat(a.rate(AssessmentRate.RETURN).verdict()).isEqualTo(Verdict.UNDEFINED);
    assertThat(a.rate(AssessmentRate.RETURN).rate()).isEmpty();
    assertThat(a.rate(AssessmentRate.RETURN).shortfall()).isEmpty();
    assertThat(a.applicantsPerPlace()).isEmpty();
    assertThat(a.targetsMet()).isZero();
    assertThat(a.isPoolLargeEnough()).isTrue(); // 0 >= 3 × 0
  }

  @Test
  void countsThatCannotBeAreRejected() {
    assertThatThrownBy(() -> counts(1000, 980, 600, 210, 140, 590, 125, 100, 45, 12, 101, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count returned must not exceed approved, but was 101 > 100");
    assertThatThrownBy(() -> counts(1000, 980, 600, 210, 140, 590, 125, 100, 45, 12, -1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count returned must be >= 0, but was -1");
    assertThatThrownBy(() -> counts(1000, 980, 600, 700, 140, 590, 125, 100, 45, 12, 1, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count examined must not exceed applicants, but was 700 > 600");
  }

  @Test
  void countsSumCountByCount() {
    AssessmentCounts a = counts(1, 2, 3, 3, 3, 3, 3, 3, 2, 1, 1, 4);
    AssessmentCounts b = counts(10, 20, 30, 30, 30, 30, 30, 30, 20, 10, 10, 40);
    AssessmentCounts sum = a.plus(b);
    assertThat(sum).isEqualTo(counts(11, 22, 33, 33, 33, 33, 33, 33, 22, 11, 11, 44));
    assertThat(sum.count(AssessmentCount.RETAINED)).isEqualTo(22); // 33 - 11
    AssessmentCounts big = counts(Long.MAX_VALUE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThatThrownBy(() -> big.plus(big)).isInstanceOf(ArithmeticException.class);
  }
}
