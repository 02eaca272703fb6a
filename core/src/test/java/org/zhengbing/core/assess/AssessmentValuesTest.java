package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.core.assess.RecordAssessorTest.A25;
import static org.zhengbing.core.assess.RecordAssessorTest.EAST;
import static org.zhengbing.core.assess.RecordAssessorTest.GOOD;
import static org.zhengbing.core.assess.RecordAssessorTest.REGION;
import static org.zhengbing.core.assess.RecordAssessorTest.S25;
import static org.zhengbing.core.assess.RecordAssessorTest.S26;
import static org.zhengbing.core.assess.RecordAssessorTest.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/** The assessment's small values, names, lookups and their errors. */
class AssessmentValuesTest {

  private static PolicyBook district(String... parameters) {
    return PolicyBook.nationalDefaults().withYaml(String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"370102\"",
        "sources:",
        "  district:",
        "    document: \"区征兵工作考评办法 (test)\"",
        "parameters:",
        String.join("\n", parameters),
        ""), "district.yaml");
  }

  private static String param(String key, String value) {
    return "  " + key + ":\n    values:\n      - {from: 2020-01-01, value: " + value
        + ", confidence: LOCAL_DOCUMENT, citation: district}";
  }

  @Test
  void namesAndKeys() {
    assertThat(AssessmentRate.SELECTION.englishName()).isEqualTo("Selection rate");
    assertThat(AssessmentRate.NET_TASK_COMPLETION.chineseName()).isEqualTo("任务完成率（扣除退兵）");
    assertThat(AssessmentRate.GRADUATE_SHARE.key()).isEqualTo("graduate_share");
    assertThat(List.of(AssessmentRate.values())).filteredOn(AssessmentRate::isOneOfFive)
        .containsExactly(AssessmentRate.REGISTRATION, AssessmentRate.EXAM_TURNOUT, AssessmentRate.QUALIFICATION,
            AssessmentRate.SELECTION, AssessmentRate.RETURN);
    assertThat(AssessmentCount.PHYSICAL_PASSED.chineseName()).isEqualTo("体检合格人数");
    assertThat(AssessmentCount.GRADUATES_APPROVED.key()).isEqualTo("graduates_approved");
    assertThat(ReturnReason.POLITICAL.chineseName()).isEqualTo("政治原因");
    assertThat(ReturnReason.OTHER.key()).isEqualTo("other");
    assertThat(ScoreRule.CAPPED_RATIO.key()).isEqualTo("capped_ratio");
    assertThat(ScoreRule.ofKey("met")).isEqualTo(ScoreRule.MET);
    assertThat(Verdict.NOT_MET.key()).isEqualTo("not_met");
    assertThat(Verdict.NO_TARGET.key()).isEqualTo("no_target");
  }

  @Test
  void unitsAreOrderedByCodePoint() {
    // code point order, not UTF-16 order: U+20000 (a surrogate pair) sorts after U+FFFD
    assertThat(RecordAssessment.UNIT_ORDER.compare("\uD840\uDC00", "\uFFFD")).isPositive();
    assertThat(RecordAssessment.UNIT_ORDER.compare("\uFFFD", "\uD840\uDC00")).isNegative();
    assertThat(RecordAssessment.UNIT_ORDER.compare("a", "ab")).isNegative();
    assertThat(RecordAssessment.UNIT_ORDER.compare("ab", "a")).isPositive();
    assertThat(RecordAssessment.UNIT_ORDER.compare("ab", "ab")).isZero();
    assertThat(RecordAssessment.UNIT_ORDER.compare("\uD840\uDC00b", "\uD840\uDC00a")).isPositive();
  }

  @Test
  void seasonsAreReadOnTheFirstDayOfTheirHalfYear() {
    assertThat(RecordAssessor.effectiveDate(S25)).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(RecordAssessor.effectiveDate(A25)).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void lookupsOfUnitsSeasonsAndYearsWithoutRecordsFail() {
    RecordAssessment r = RecordAssessor.of(PolicyBook.nationalDefaults()).assess(List.of(record(EAST, S25, GOOD)));
    assertThat(r.region(EAST)).isEqualTo(REGION);
    assertThat(r.season(EAST, A25)).isEmpty();
    assertThatThrownBy(() -> r.records("无此镇")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must have records, but '无此镇' has none");
    assertThatThrownBy(() -> r.seasons("无此镇")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.years("无此镇")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.ranking(A25)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("season must have records, but 2025-AUTUMN has none");
    assertThatThrownBy(() -> r.yearRanking(2026)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must have records, but 2026 has none");
    RecordAssessment none = RecordAssessor.of(PolicyBook.nationalDefaults()).assess(List.of());
    assertThat(none.latestSeason()).isEmpty();
    assertThat(none.units()).isEmpty();
    assertThat(none.years()).isEmpty();
  }

  @Test
  void ofEquallyLongRunsTheEarliestIsTheLongest() {
    SeasonRecord returned = record(EAST, A25, List.of(RecordedReturn.of(A25, ReturnReason.OTHER, 1)), GOOD);
    RecordAssessment r = RecordAssessor.of(PolicyBook.nationalDefaults())
        .assess(List.of(record(EAST, S25, GOOD), returned, record(EAST, S26, GOOD)));
    Streak s = r.longestStreak(EAST, RecordAssessment.ZERO_RETURNS);
    assertThat(s.length()).isEqualTo(1);
    assertThat(s.first()).contains(S25);
    assertThat(r.currentStreak(EAST, RecordAssessment.ZERO_RETURNS).first()).contains(S26);
    assertThat(r.currentStreak(EAST, RecordAssessment.ZERO_RETURNS).length()).isEqualTo(1);
  }

  @Test
  void aStreakHasSeasonsExactlyWhenItIsNotEmpty() {
    assertThat(Streak.empty().first()).isEmpty();
    assertThatThrownBy(() -> ImmutableStreak.builder().length(0).first(S25).last(S25).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a streak has first and last seasons exactly when its length is above 0");
    assertThatThrownBy(() -> ImmutableStreak.builder().length(2).first(S25).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImmutableStreak.builder().length(1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScoreMustBeTheSumOfItsItems() {
    Explanation e = Explanation.of(Step.builder().rule("assessment.score").result(Datum.of(new BigDecimal("20.00")))
        .build());
    UnitScore ok = UnitScore.builder().unit(EAST).rule(ScoreRule.MET).addItems(ScoreItem.of(AssessmentRate.RETURN,
        20, Verdict.MET, new BigDecimal("20.00"))).score(new BigDecimal("20.00")).maximum(20).explanation(e).build();
    assertThat(ok.isIllustrative()).isFalse();
    assertThatThrownBy(() -> UnitScore.builder().unit(EAST).rule(ScoreRule.MET).addItems(ScoreItem.of(
        AssessmentRate.RETURN, 20, Verdict.MET, new BigDecimal("10.00"))).score(new BigDecimal("20.00")).maximum(20)
        .explanation(e).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be the sum of its items 10.00, but was 20.00");
  }

  @Test
  void anAssessmentOnlyGivesTheRatesItHolds() {
    Explanation e = Explanation.of(Step.builder().rule("assessment.targets_met").result(Datum.of(0)).build());
    FiveRateAssessment a = FiveRateAssessment.builder().counts(FiveRateAssessorTest.counts(0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0)).poolCount(AssessmentCount.APPLICANTS).poolSize(0).poolMinimum(0).returnsReplaced(false)
        .targetsMet(0).explanation(e).build();
    assertThat(a.isIllustrative()).isFalse();
    assertThatThrownBy(() -> a.rate(AssessmentRate.RETURN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must have been assessed, but RETURN was not");
  }

  @Test
  void theExplanationGivesTheTargetAndTheRounding() {
    FiveRateAssessment a = RecordAssessor.of(PolicyBook.nationalDefaults()).assess(List.of(record(EAST, S25, GOOD)))
        .season(EAST, S25).orElseThrow();
    Step ret = a.rate(AssessmentRate.RETURN).explanation().step("assessment.return.verdict").orElseThrow();
    assertThat(ret.input("target").orElseThrow().value()).isEqualTo(Datum.of(Rate.parse("0.9%")));
    assertThat(ret.rounding().orElseThrow().mode()).isEqualTo(RoundingMode.FLOOR);
    Step reg = a.rate(AssessmentRate.REGISTRATION).explanation().step("assessment.registration.verdict")
        .orElseThrow();
    assertThat(reg.rounding().orElseThrow().mode()).isEqualTo(RoundingMode.CEILING);
  }

  @Test
  void aRegionCanCountThePoolAndARateFromTheRetained() {
    // with replacement places the retained are the approved: 10; 10 >= ceil(1 × 10), and the pool step says so
    PolicyBook book = district(param("assessment.return.replacement_place", "true"),
        param("assessment.pool.count", "retained"), param("assessment.pool.minimum_multiple", "1"),
        param("assessment.graduate_share.denominator", "retained"));
    SeasonRecord autumn = record(EAST, A25, List.of(RecordedReturn.of(S25, ReturnReason.OTHER, 2)), GOOD);
    FiveRateAssessment a = RecordAssessor.of(book).assess(List.of(record(EAST, S25, GOOD), autumn))
        .season(EAST, S25).orElseThrow();
    assertThat(a.poolSize()).isEqualTo(10);
    assertThat(a.poolMinimum()).isEqualTo(10);
    assertThat(a.explanation().step("assessment.pool").orElseThrow().result()).isEqualTo(Datum.of(true));
    // graduate share 2 / retained 10 = 20%
    assertThat(a.rate(AssessmentRate.GRADUATE_SHARE).denominator()).isEqualTo(10);
    PolicyBook noReplacement = district(param("assessment.pool.count", "retained"),
        param("assessment.pool.minimum_multiple", "1"), param("assessment.graduate_share.denominator", "retained"));
    FiveRateAssessment b = RecordAssessor.of(noReplacement).assess(List.of(record(EAST, S25, GOOD), autumn))
        .season(EAST, S25).orElseThrow();
    // without: retained 10 - 2 = 8 < 10; graduate share 2 / 8 = 25%
    assertThat(b.poolSize()).isEqualTo(8);
    assertThat(b.explanation().step("assessment.pool").orElseThrow().result()).isEqualTo(Datum.of(false));
    assertThat(b.rate(AssessmentRate.GRADUATE_SHARE).rate()).contains(Rate.ofPercent(25));
  }

  @Test
  void ratesWithoutATargetOrDenominatorEarnNothing() {
    // the double-qualified rate weighs 10 but has no target; 退兵率 has no denominator when nobody was approved
    PolicyBook book = district(param("assessment.score.rule", "capped_ratio"),
        param("assessment.double_qualified.weight", "10"));
    SeasonRecord none = record(EAST, S25, 100, 100, 40, 25, 16, 38, 15, 0, 0, 0, 10);
    UnitScore s = RecordAssessor.of(book).assess(List.of(none)).ranking(S25).place(EAST).orElseThrow().score();
    assertThat(s.items()).extracting(ScoreItem::rate).containsExactly(AssessmentRate.REGISTRATION,
        AssessmentRate.EXAM_TURNOUT, AssessmentRate.QUALIFICATION, AssessmentRate.SELECTION, AssessmentRate.RETURN,
        AssessmentRate.DOUBLE_QUALIFIED);
    // 报名率 20, 上站率 20, 合格率 20, 择优率 0 / 15 = 0% <= 80%: 20; 退兵率 undefined: 0; 双合格率 no target: 0
    assertThat(s.items()).extracting(i -> i.points().toPlainString())
        .containsExactly("20.00", "20.00", "20.00", "20.00", "0.00", "0.00");
    assertThat(s.items().get(4).verdict()).isEqualTo(Verdict.UNDEFINED);
    assertThat(s.maximum()).isEqualTo(110);
    assertThat(s.score()).isEqualByComparingTo("80");
  }

  @Test
  void aNegativeWeightIsRejected() {
    PolicyBook book = district(param("assessment.return.weight", "-1"));
    assertThatThrownBy(() -> RecordAssessor.of(book).assess(List.of(record(EAST, S25, GOOD))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.return.weight must be >= 0, but was -1");
  }

  @Test
  void collegeTargetsOfZeroPlacesAndAFullShare() {
    PolicyBook full = district(param("quota.college_share.target", "\"100%\""));
    CollegeTargetCalculator c = CollegeTargetCalculator.of(full);
    assertThat(c.calculate(0, REGION, LocalDate.of(2025, 1, 1)).minimumCollegeStudents()).isZero();
    assertThat(c.calculate(7, REGION, LocalDate.of(2025, 1, 1)).minimumCollegeStudents()).isEqualTo(7);
    PolicyBook over = district(param("quota.college_share.target", "\"101%\""));
    assertThatThrownBy(() -> CollegeTargetCalculator.of(over).calculate(7, REGION, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("college share target must be in 0%..100%, but was 101%");
    assertThatThrownBy(() -> c.calculate(-1, REGION, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("quota must be >= 0, but was -1");
    assertThat(RegionCode.of("370102")).isEqualTo(REGION);
    assertThat(ConscriptionTerm.parse("2026-SPRING")).isEqualTo(S26);
  }
}
