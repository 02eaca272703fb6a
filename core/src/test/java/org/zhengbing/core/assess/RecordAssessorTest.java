package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * The golden report, worked by hand: four townships over three seasons (2025 spring and autumn, 2026 spring) under
 * the bundled ILLUSTRATIVE national definitions:
 * 报名率 registered/liable >= 100%; 上站率 examined/task >= 200%; 合格率 double-qualified/task >= 120%;
 * 择优率 approved/double-qualified <= 80%; 退兵率 returned/approved <= 0.9%; each of the five weighs 20 points, a
 * target met earns its weight (rule "met"); the pool is applicants >= 3 × task.
 *
 * <ul>
 *   <li>东城镇: the same good record every season (task 10), no return: 100 points each season, zero returns in
 *       three consecutive seasons.</li>
 *   <li>西城镇: as 东城镇, but its autumn task is 15, and one spring 2025 recruit is returned in autumn 2025 for
 *       physical reasons: the return counts in spring 2025.</li>
 *   <li>南山镇: as 东城镇, but only 95 of 100 liable men registered: under its registration target every season.</li>
 *   <li>北湖镇: as 东城镇 in 2025, a weak spring 2026.</li>
 * </ul>
 */
class RecordAssessorTest {

  static final RegionCode REGION = RegionCode.of("370102");
  static final ConscriptionTerm S25 = ConscriptionTerm.parse("2025-SPRING");
  static final ConscriptionTerm A25 = ConscriptionTerm.parse("2025-AUTUMN");
  static final ConscriptionTerm S26 = ConscriptionTerm.parse("2026-SPRING");
  static final String EAST = "东城镇";
  static final String WEST = "西城镇";
  static final String SOUTH = "南山镇";
  static final String NORTH = "北湖镇";

  /**
   * A record: liable, registered, applicants, examined, physical, political, double-qualified, approved, college,
   * graduates, task.
   */
  static SeasonRecord record(String unit, ConscriptionTerm season, long... v) {
    return record(unit, season, List.of(), v);
  }

  static SeasonRecord record(String unit, ConscriptionTerm season, List<RecordedReturn> returns, long... v) {
    return SeasonRecord.builder().unit(unit).region(REGION).season(season).liable(v[0]).registered(v[1])
        .applicants(v[2]).examined(v[3]).physicalPassed(v[4]).politicalPassed(v[5]).doubleQualified(v[6])
        .approved(v[7]).collegeApproved(v[8]).graduatesApproved(v[9]).task(v[10]).addAllReturns(returns).build();
  }

  static final long[] GOOD = {100, 100, 40, 25, 16, 38, 15, 10, 5, 2, 10};

  static List<SeasonRecord> golden() {
    List<SeasonRecord> r = new ArrayList<>();
    for (ConscriptionTerm t : List.of(S25, A25, S26)) {
      r.add(record(EAST, t, GOOD));
      r.add(record(SOUTH, t, 100, 95, 40, 25, 16, 38, 15, 10, 5, 2, 10));
    }
    r.add(record(WEST, S25, GOOD));
    r.add(record(WEST, A25, List.of(RecordedReturn.of(S25, ReturnReason.PHYSICAL, 1)),
        100, 100, 60, 38, 24, 57, 23, 15, 8, 3, 15));
    r.add(record(WEST, S26, GOOD));
    r.add(record(NORTH, S25, GOOD));
    r.add(record(NORTH, A25, GOOD));
    r.add(record(NORTH, S26, 100, 100, 28, 18, 12, 27, 11, 10, 4, 1, 10));
    return r;
  }

  static RecordAssessment assess(PolicyBook book, List<SeasonRecord> records) {
    return RecordAssessor.of(book).assess(records);
  }

  static RecordAssessment golden(PolicyBook book) {
    return assess(book, golden());
  }

  private static Rate pct(String percent) {
    return Rate.ofPercent(new BigDecimal(percent));
  }

  private static void expect(FiveRateAssessment a, AssessmentRate rate, String percent, Verdict verdict) {
    RateAssessment r = a.rate(rate);
    assertThat(r.rate()).as(rate.key()).contains(pct(percent));
    assertThat(r.verdict()).as(rate.key()).isEqualTo(verdict);
  }

  @Test
  void aGoodSeasonMeetsEveryTarget() {
    FiveRateAssessment a = golden(PolicyBook.nationalDefaults()).season(EAST, S25).orElseThrow();
    expect(a, AssessmentRate.REGISTRATION, "100", Verdict.MET); // 100 / 100
    expect(a, AssessmentRate.EXAM_TURNOUT, "250", Verdict.MET); // 25 / 10 = 250% >= 200% (20 people needed)
    expect(a, AssessmentRate.QUALIFICATION, "150", Verdict.MET); // 15 / 10 = 150% >= 120% (12 needed)
    expect(a, AssessmentRate.SELECTION, "66.67", Verdict.MET); // 10 / 15 = 66.666..% <= 80% (at most 12)
    expect(a, AssessmentRate.RETURN, "0", Verdict.MET); // 0 / 10 <= 0.9% (at most floor(0.09) = 0)
    expect(a, AssessmentRate.DOUBLE_QUALIFIED, "60", Verdict.NO_TARGET); // 15 / 25
    expect(a, AssessmentRate.COLLEGE_SHARE, "50", Verdict.MET); // 5 / 10 >= 40%
    expect(a, AssessmentRate.GRADUATE_SHARE, "20", Verdict.NO_TARGET); // 2 / 10
    expect(a, AssessmentRate.TASK_COMPLETION, "100", Verdict.MET); // 10 / 10
    expect(a, AssessmentRate.NET_TASK_COMPLETION, "100", Verdict.MET); // (10 - 0) / 10
    assertThat(a.rate(AssessmentRate.EXAM_TURNOUT).margin()).contains(5L); // 25 - 20
    assertThat(a.rate(AssessmentRate.SELECTION).margin()).contains(2L); // 12 - 10
    assertThat(a.applicantsPerPlace()).contains(new BigDecimal("4.00")); // 40 / 10
    assertThat(a.poolSize()).isEqualTo(40);
    assertThat(a.poolMinimum()).isEqualTo(30); // 3 × 10
    assertThat(a.isPoolLargeEnough()).isTrue();
    assertThat(a.targetsMet()).isEqualTo(8); // every rate with a target: 10 rates less the two without
    assertThat(a.isIllustrative()).isTrue();
  }

  @Test
  void everyGoodSeasonHasTheRatesWorkedAbove() {
    // the records equal to GOOD: 东城镇 all three seasons, 南山镇 all but 报名率 (95 / 100), 西城镇 2025 spring
    // (but its return) and 2026 spring, 北湖镇 2025 spring and autumn
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    String[][] good = {{EAST, "2025-SPRING"}, {EAST, "2025-AUTUMN"}, {EAST, "2026-SPRING"}, {SOUTH, "2025-SPRING"},
        {SOUTH, "2025-AUTUMN"}, {SOUTH, "2026-SPRING"}, {WEST, "2026-SPRING"}, {NORTH, "2025-SPRING"},
        {NORTH, "2025-AUTUMN"}};
    for (String[] g : good) {
      FiveRateAssessment a = r.season(g[0], ConscriptionTerm.parse(g[1])).orElseThrow();
      expect(a, AssessmentRate.REGISTRATION, g[0].equals(SOUTH) ? "95" : "100",
          g[0].equals(SOUTH) ? Verdict.NOT_MET : Verdict.MET);
      expect(a, AssessmentRate.EXAM_TURNOUT, "250", Verdict.MET);
      expect(a, AssessmentRate.QUALIFICATION, "150", Verdict.MET);
      expect(a, AssessmentRate.SELECTION, "66.67", Verdict.MET);
      expect(a, AssessmentRate.RETURN, "0", Verdict.MET);
      expect(a, AssessmentRate.DOUBLE_QUALIFIED, "60", Verdict.NO_TARGET);
      expect(a, AssessmentRate.COLLEGE_SHARE, "50", Verdict.MET);
      expect(a, AssessmentRate.GRADUATE_SHARE, "20", Verdict.NO_TARGET);
      expect(a, AssessmentRate.TASK_COMPLETION, "100", Verdict.MET);
      expect(a, AssessmentRate.NET_TASK_COMPLETION, "100", Verdict.MET);
      // 100 points, or 80 for 南山镇 without its 报名率
      assertThat(r.ranking(ConscriptionTerm.parse(g[1])).place(g[0]).orElseThrow().score().score())
          .isEqualByComparingTo(g[0].equals(SOUTH) ? "80" : "100");
    }
  }

  @Test
  void aReturnCountsInTheSeasonOfApproval() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    FiveRateAssessment spring = r.season(WEST, S25).orElseThrow();
    // the autumn record's return of a spring recruit: 1 / 10 = 10% > 0.9%
    expect(spring, AssessmentRate.RETURN, "10", Verdict.NOT_MET);
    assertThat(spring.rate(AssessmentRate.RETURN).shortfall()).contains(1L); // 1 returned, at most 0
    expect(spring, AssessmentRate.TASK_COMPLETION, "100", Verdict.MET); // 10 / 10
    expect(spring, AssessmentRate.NET_TASK_COMPLETION, "90", Verdict.NOT_MET); // (10 - 1) / 10, no replacement
    assertThat(spring.returnsReplaced()).isFalse();
    FiveRateAssessment autumn = r.season(WEST, A25).orElseThrow();
    expect(autumn, AssessmentRate.RETURN, "0", Verdict.MET); // its own 15 recruits: none returned
    expect(autumn, AssessmentRate.EXAM_TURNOUT, "253.33", Verdict.MET); // 38 / 15 = 253.333..%; needs 30
    expect(autumn, AssessmentRate.QUALIFICATION, "153.33", Verdict.MET); // 23 / 15 = 153.333..%; needs 18
    expect(autumn, AssessmentRate.SELECTION, "65.22", Verdict.MET); // 15 / 23 = 65.217..%; at most 18
    expect(autumn, AssessmentRate.COLLEGE_SHARE, "53.33", Verdict.MET); // 8 / 15
    expect(autumn, AssessmentRate.GRADUATE_SHARE, "20", Verdict.NO_TARGET); // 3 / 15
    // the return is recorded in autumn, by reason
    assertThat(r.records(WEST).get(A25).returnsByReason()).isEqualTo(Map.of(ReturnReason.PHYSICAL, 1L,
        ReturnReason.POLITICAL, 0L, ReturnReason.OTHER, 0L));
  }

  @Test
  void aYearIsAssessedFromItsSummedCounts() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    FiveRateAssessment y = r.year(WEST, 2025).orElseThrow();
    // 2025 sums: liable 200, registered 200, applicants 100, examined 63, double 38, approved 25, college 13,
    // graduates 5, returned 1, task 25
    assertThat(y.counts().approved()).isEqualTo(25);
    assertThat(y.counts().returned()).isEqualTo(1);
    expect(y, AssessmentRate.RETURN, "4", Verdict.NOT_MET); // 1 / 25 = 4%, not the mean of 10% and 0% (5%)
    expect(y, AssessmentRate.EXAM_TURNOUT, "252", Verdict.MET); // 63 / 25
    expect(y, AssessmentRate.QUALIFICATION, "152", Verdict.MET); // 38 / 25
    expect(y, AssessmentRate.SELECTION, "65.79", Verdict.MET); // 25 / 38 = 65.789..%
    expect(y, AssessmentRate.COLLEGE_SHARE, "52", Verdict.MET); // 13 / 25
    expect(y, AssessmentRate.GRADUATE_SHARE, "20", Verdict.NO_TARGET); // 5 / 25
    expect(y, AssessmentRate.NET_TASK_COMPLETION, "96", Verdict.NOT_MET); // 24 / 25
    assertThat(y.applicantsPerPlace()).contains(new BigDecimal("4.00")); // 100 / 25
    assertThat(r.year(WEST, 2026).orElseThrow().counts().approved()).isEqualTo(10);
    assertThat(r.years()).containsExactly(2025, 2026);
    assertThat(r.year(WEST, 2024)).isEmpty();
  }

  @Test
  void underItsRegistrationTarget() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    for (ConscriptionTerm t : List.of(S25, A25, S26)) {
      RateAssessment reg = r.season(SOUTH, t).orElseThrow().rate(AssessmentRate.REGISTRATION);
      assertThat(reg.rate()).contains(pct("95")); // 95 / 100
      assertThat(reg.verdict()).isEqualTo(Verdict.NOT_MET);
      assertThat(reg.shortfall()).contains(5L); // 100 needed
    }
    expect(r.year(SOUTH, 2025).orElseThrow(), AssessmentRate.REGISTRATION, "95", Verdict.NOT_MET); // 190 / 200
  }

  @Test
  void aWeakSeason() {
    FiveRateAssessment a = golden(PolicyBook.nationalDefaults()).season(NORTH, S26).orElseThrow();
    expect(a, AssessmentRate.EXAM_TURNOUT, "180", Verdict.NOT_MET); // 18 / 10; 20 needed
    assertThat(a.rate(AssessmentRate.EXAM_TURNOUT).shortfall()).contains(2L);
    expect(a, AssessmentRate.QUALIFICATION, "110", Verdict.NOT_MET); // 11 / 10; 12 needed
    assertThat(a.rate(AssessmentRate.QUALIFICATION).shortfall()).contains(1L);
    expect(a, AssessmentRate.SELECTION, "90.91", Verdict.NOT_MET); // 10 / 11 = 90.909..%; at most floor(8.8) = 8
    assertThat(a.rate(AssessmentRate.SELECTION).shortfall()).contains(2L);
    expect(a, AssessmentRate.COLLEGE_SHARE, "40", Verdict.MET); // 4 / 10, just the 40%
    expect(a, AssessmentRate.DOUBLE_QUALIFIED, "61.11", Verdict.NO_TARGET); // 11 / 18 = 61.111..%
    assertThat(a.applicantsPerPlace()).contains(new BigDecimal("2.80")); // 28 / 10
    assertThat(a.isPoolLargeEnough()).isFalse(); // 28 < 3 × 10
  }

  @Test
  void scoresAreExplainedItemByItem() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    UnitScore s = r.ranking(S26).place(NORTH).orElseThrow().score();
    // met: 报名率 20, 退兵率 20; missed: 上站率, 合格率, 择优率: 40 of 100
    assertThat(s.score()).isEqualByComparingTo("40");
    assertThat(s.maximum()).isEqualTo(100);
    assertThat(s.rule()).isEqualTo(ScoreRule.MET);
    assertThat(s.items()).extracting(ScoreItem::rate).containsExactly(AssessmentRate.REGISTRATION,
        AssessmentRate.EXAM_TURNOUT, AssessmentRate.QUALIFICATION, AssessmentRate.SELECTION, AssessmentRate.RETURN);
    assertThat(s.items()).extracting(i -> i.points().toPlainString())
        .containsExactly("20.00", "0.00", "0.00", "0.00", "20.00");
    assertThat(s.items()).extracting(ScoreItem::weight).containsOnly(20L);
    assertThat(s.explanation().steps()).extracting(st -> st.rule()).containsExactly("assessment.score.registration",
        "assessment.score.exam_turnout", "assessment.score.qualification", "assessment.score.selection",
        "assessment.score.return", "assessment.score");
    assertThat(s.isIllustrative()).isTrue();
  }

  @Test
  void rankingsWithTiesShareTheBetterRank() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    // 2025 spring: 东城镇 100, 北湖镇 100, 南山镇 80 (报名率 missed), 西城镇 80 (退兵率 missed);
    // ties listed by name in code point order: 东 U+4E1C < 北 U+5317; 南 U+5357 < 西 U+897F
    Ranking spring = r.ranking(S25);
    assertThat(spring.places()).extracting(p -> p.score().unit()).containsExactly(EAST, NORTH, SOUTH, WEST);
    assertThat(spring.places()).extracting(Ranking.Place::rank).containsExactly(1, 1, 3, 3);
    assertThat(spring.places()).extracting(Ranking.Place::position).containsExactly(1, 2, 3, 4);
    assertThat(spring.places()).extracting(p -> p.score().score().toPlainString())
        .containsExactly("100.00", "100.00", "80.00", "80.00");
    assertThat(spring.places()).extracting(Ranking.Place::tied).containsOnly(true);
    // 2026 spring: 东城镇 100, 西城镇 100, 南山镇 80, 北湖镇 40
    Ranking latest = r.ranking(S26);
    assertThat(latest.places()).extracting(p -> p.score().unit()).containsExactly(EAST, WEST, SOUTH, NORTH);
    assertThat(latest.places()).extracting(Ranking.Place::rank).containsExactly(1, 1, 3, 4);
    assertThat(latest.places()).extracting(Ranking.Place::tied).containsExactly(true, true, false, false);
    // 2025 autumn: 西城镇's own recruits were not returned: 东城镇, 北湖镇, 西城镇 100, 南山镇 80
    Ranking autumn = r.ranking(A25);
    assertThat(autumn.places()).extracting(p -> p.score().unit()).containsExactly(EAST, NORTH, WEST, SOUTH);
    assertThat(autumn.places()).extracting(Ranking.Place::rank).containsExactly(1, 1, 1, 4);
    // the year 2026 has one season: its ranking is that of 2026 spring
    assertThat(r.yearRanking(2026).places()).extracting(p -> p.score().unit() + " " + p.rank() + " "
        + p.score().score().toPlainString()).containsExactly("东城镇 1 100.00", "西城镇 1 100.00", "南山镇 3 80.00",
        "北湖镇 4 40.00");
    // the year 2025 from summed counts: 东城镇 100, 北湖镇 100, 南山镇 80 (190 / 200), 西城镇 80 (1 / 25)
    Ranking year = r.yearRanking(2025);
    assertThat(year.places()).extracting(p -> p.score().unit()).containsExactly(EAST, NORTH, SOUTH, WEST);
    assertThat(year.places()).extracting(Ranking.Place::rank).containsExactly(1, 1, 3, 3);
    assertThat(r.latestSeason()).contains(S26);
    assertThat(r.seasons()).containsExactly(S25, A25, S26);
    assertThat(r.units()).containsExactly(EAST, NORTH, SOUTH, WEST);
    assertThat(latest.place("无此镇")).isEmpty();
  }

  @Test
  void zeroReturnStreaks() {
    RecordAssessment r = golden(PolicyBook.nationalDefaults());
    // 东城镇: zero returns in three consecutive seasons (连续三季实现零退兵)
    Streak east = r.longestStreak(EAST, RecordAssessment.ZERO_RETURNS);
    assertThat(east.length()).isEqualTo(3);
    assertThat(east.first()).contains(S25);
    assertThat(east.last()).contains(S26);
    // 西城镇: its spring 2025 recruit was returned, so the run starts in autumn 2025
    Streak west = r.longestStreak(WEST, RecordAssessment.ZERO_RETURNS);
    assertThat(west.length()).isEqualTo(2);
    assertThat(west.first()).contains(A25);
    assertThat(west.last()).contains(S26);
    assertThat(r.currentStreak(WEST, RecordAssessment.ZERO_RETURNS)).isEqualTo(west);
    // every target of the five met: 北湖镇 2025 spring and autumn, not 2026 spring
    Streak north = r.longestStreak(NORTH, a -> a.rate(AssessmentRate.EXAM_TURNOUT).verdict() == Verdict.MET);
    assertThat(north.length()).isEqualTo(2);
    assertThat(north.last()).contains(A25);
    assertThat(r.currentStreak(NORTH, a -> a.rate(AssessmentRate.EXAM_TURNOUT).verdict() == Verdict.MET)
        .length()).isZero();
  }

  @Test
  void aMissingSeasonBreaksAStreak() {
    ConscriptionTerm s27 = ConscriptionTerm.parse("2027-SPRING");
    RecordAssessment r = assess(PolicyBook.nationalDefaults(), List.of(record(EAST, S25, GOOD),
        record(EAST, A25, GOOD), record(EAST, s27, GOOD)));
    Streak longest = r.longestStreak(EAST, RecordAssessment.ZERO_RETURNS);
    assertThat(longest.length()).isEqualTo(2); // 2025 spring and autumn; 2026 has no record
    assertThat(longest.first()).contains(S25);
    Streak current = r.currentStreak(EAST, RecordAssessment.ZERO_RETURNS);
    assertThat(current.length()).isEqualTo(1);
    assertThat(current.first()).contains(s27);
    assertThat(current.last()).contains(s27);
  }

  @Test
  void aRegionSetsItsOwnScoreRuleAndReplacement() {
    // a district file (region 370102) scores by the share of each target reached and gives replacement places
    String yaml = String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"370102\"",
        "sources:",
        "  district:",
        "    document: \"区征兵工作考评办法 (test)\"",
        "parameters:",
        "  assessment.score.rule:",
        "    values:",
        "      - {from: 2020-01-01, value: capped_ratio, confidence: LOCAL_DOCUMENT, citation: district}",
        "  assessment.return.replacement_place:",
        "    values:",
        "      - {from: 2020-01-01, value: true, confidence: LOCAL_DOCUMENT, citation: district}",
        "");
    PolicyBook book = PolicyBook.nationalDefaults().withYaml(yaml, "district.yaml");
    RecordAssessment r = golden(book);
    UnitScore north = r.ranking(S26).place(NORTH).orElseThrow().score();
    // 报名率 20; 上站率 20 × 18 / (200% × 10) = 18.00; 合格率 20 × 11 / (120% × 10) = 18.333.. -> 18.33;
    // 择优率 (at most) 20 × (80% × 11) / 10 = 17.60; 退兵率 20: 93.93
    assertThat(north.items()).extracting(i -> i.points().toPlainString())
        .containsExactly("20.00", "18.00", "18.33", "17.60", "20.00");
    assertThat(north.score()).isEqualByComparingTo("93.93");
    assertThat(north.rule()).isEqualTo(ScoreRule.CAPPED_RATIO);
    // 西城镇 spring 2025: 退兵率 (at most) 20 × (0.9% × 10) / 1 = 1.80; the others 20 each: 81.80
    UnitScore west = r.ranking(S25).place(WEST).orElseThrow().score();
    assertThat(west.items().get(4).points()).isEqualByComparingTo("1.80");
    assertThat(west.score()).isEqualByComparingTo("81.80");
    // 南山镇 spring 2025: 报名率 20 × 95 / (100% × 100) = 19.00: 99.00, above 西城镇
    assertThat(r.ranking(S25).places()).extracting(p -> p.score().unit()).containsExactly(EAST, NORTH, SOUTH, WEST);
    assertThat(r.ranking(S25).place(SOUTH).orElseThrow().score().score()).isEqualByComparingTo("99");
    // with a replacement place, the return does not lower task completion less returns: (10 - 1 + 1) / 10
    FiveRateAssessment spring = r.season(WEST, S25).orElseThrow();
    assertThat(spring.returnsReplaced()).isTrue();
    expect(spring, AssessmentRate.NET_TASK_COMPLETION, "100", Verdict.MET);
    expect(spring, AssessmentRate.RETURN, "10", Verdict.NOT_MET); // the return still counts in 退兵率
  }

  @Test
  void registrationsFromElsewhereWhenAllowed() {
    SeasonRecord over = record(EAST, S25, 100, 120, 40, 25, 16, 38, 15, 10, 5, 2, 10);
    assertThatThrownBy(() -> assess(PolicyBook.nationalDefaults(), List.of(over)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("unit 东城镇, season 2025-SPRING, field registered: registered must not exceed liable unless "
            + "assessment.registration.from_elsewhere_allowed, but was 120 > 100");
    String yaml = String.join("\n",
        "format: zhengbing-policy/1",
        "region: \"370102\"",
        "sources:",
        "  district:",
        "    document: \"区征兵工作考评办法 (test)\"",
        "parameters:",
        "  assessment.registration.from_elsewhere_allowed:",
        "    values:",
        "      - {from: 2020-01-01, value: true, confidence: LOCAL_DOCUMENT, citation: district}",
        "");
    RecordAssessment r = assess(PolicyBook.nationalDefaults().withYaml(yaml, "d.yaml"), List.of(over));
    expect(r.season(EAST, S25).orElseThrow(), AssessmentRate.REGISTRATION, "120", Verdict.MET);
  }
}
