package org.zhengbing.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.quota.Apportionment;
import org.zhengbing.core.quota.ApportionmentMethod;
import org.zhengbing.core.quota.QuotaApportioner;
import org.zhengbing.core.quota.QuotaUnit;
import org.zhengbing.core.quota.UnitKey;
import org.zhengbing.core.region.RegionCode;

class CollegeTargetCalculatorTest {

  private static final RegionCode JIANGJIN = RegionCode.of("500116");
  /** Jiangjin's 2021 district target, as a region's own policy file would give it (seeds/000). */
  private static final String JIANGJIN_2021 = String.join("\n",
      "format: zhengbing-policy/1",
      "region: \"500116\"",
      "parameters:",
      "  quota.college_share.target:",
      "    values:",
      "      - {from: 2021-01-01, to: 2021-12-31, value: \"90%\", confidence: LOCAL_DOCUMENT,",
      "         citation: {document: 重庆市江津区几江街道办事处关于做好2021年征兵宣传工作的通知,",
      "                    note: \"大学生征集比例要达到90%以上\"}}");

  private final CollegeTargetCalculator calculator =
      CollegeTargetCalculator.of(PolicyBook.nationalDefaults().withYaml(JIANGJIN_2021, "jiangjin-2021.yaml"));

  @Test
  void jiangjin2021RequiresNinetyPercentRoundedUp() {
    // seeds/000: 大学生征集比例要达到90%以上. 37 × 90% = 33.3, rounded up: at least 34 college students
    CollegeTarget t = calculator.calculate(37, JIANGJIN, LocalDate.of(2021, 3, 1));
    assertThat(t.minimumCollegeStudents()).isEqualTo(34);
    assertThat(t.share()).isEqualTo(Rate.ofPercent(90));
    assertThat(t.explanation().weakestConfidence()).contains(Confidence.LOCAL_DOCUMENT);
    assertThat(t.explanation().steps().get(0).rounding().orElseThrow().exact())
        .isEqualByComparingTo(new BigDecimal("33.3"));
    // a township of Jiangjin (几江街道) inherits the district target: 30 × 90% = 27 exactly
    assertThat(calculator.calculate(30, RegionCode.of("500116001"), LocalDate.of(2021, 3, 1))
        .minimumCollegeStudents()).isEqualTo(27);
  }

  @Test
  void elsewhereTheIllustrativeDefaultApplies() {
    // no national target exists; the bundled default is the Shandong proxy 40%: 37 × 40% = 14.8, rounded up 15
    CollegeTarget t = calculator.calculate(37, JIANGJIN, LocalDate.of(2022, 3, 1));
    assertThat(t.minimumCollegeStudents()).isEqualTo(15);
    assertThat(t.explanation().isIllustrative()).isTrue();
  }

  @Test
  void targetsForEveryUnitOfAnApportionment() {
    // 10 places to Jiangjin's townships 几江街道 (weight 3) and 德感街道 (weight 1): 7.5 and 2.5 -> largest
    // remainder ties at .5; the larger weight wins: 8 and 2. At 90%: 7.2 -> 8 and 1.8 -> 2.
    Apportionment a = QuotaApportioner.of(ApportionmentMethod.LARGEST_REMAINDER).apportion(10, List.of(
        QuotaUnit.of(UnitKey.of(RegionCode.of("500116001")), 3), QuotaUnit.of(UnitKey.of(RegionCode.of("500116002")),
            1)));
    assertThat(a.toArray()).containsExactly(8, 2);
    Map<UnitKey, CollegeTarget> targets = calculator.calculate(a, JIANGJIN, LocalDate.of(2021, 3, 1));
    assertThat(targets.get(UnitKey.of("500116001")).minimumCollegeStudents()).isEqualTo(8);
    assertThat(targets.get(UnitKey.of("500116002")).minimumCollegeStudents()).isEqualTo(2);
  }

  @Test
  void rejectsNegativeQuota() {
    assertThatThrownBy(() -> calculator.calculate(-1, JIANGJIN, LocalDate.of(2021, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota must be >= 0, but was -1");
  }
}
