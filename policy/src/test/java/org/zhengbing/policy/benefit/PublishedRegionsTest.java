package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.Posting;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

/** The bundled regions against their published figures. */
class PublishedRegionsTest {

  private static final FamilyPaymentCalculator FAMILY = FamilyPaymentCalculator.of(SAMPLES);
  private static final SelfEmploymentSubsidyCalculator SUBSIDY = SelfEmploymentSubsidyCalculator.of(SAMPLES);
  private static final EnlistmentRewardCalculator REWARD = EnlistmentRewardCalculator.of(SAMPLES);

  private static ProfileDraft huilai() {
    return ProfileDraft.of("445224", "2023-AUTUMN").approvalDate(LocalDate.of(2023, 9, 1))
        .educationLevel(EducationLevel.SENIOR_HIGH);
  }

  @Test
  void huilai2023FamilyPaymentIs45PercentOfTheIncomeRoundedToTheYuan() {
    // Huilai notice (senbk.com relay, 2023-12-18): 13,623 yuan a year = 45% of Jieyang's urban per-capita
    // disposable income. 30,273 × 0.45 = 13,622.85, rounded to the yuan as the notice does: 13,623.
    // Two years in four half-year instalments: 13,623 / 2 = 6,811.50 each, 27,246 in all.
    FamilyPaymentSchedule s = FAMILY.calculate(huilai().build());
    assertThat(s.status()).isEqualTo(BenefitStatus.PAYABLE);
    assertThat(s.instalments()).extracting(Payment::amount).containsOnly(Cny.of("6811.50"));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(27246));
    assertThat(s.explanation().step("family_payment.income_share").orElseThrow().result().toString())
        .contains("13623");
    Provenance p = s.explanation().step("family_payment.income_share").orElseThrow().inputs().get(0).provenance()
        .orElseThrow();
    assertThat(p.confidence()).isEqualTo(Confidence.SECONDARY_REPORT);
    assertThat(p.scope().toString()).isEqualTo("445224");
  }

  @Test
  void huilaiTibetAndXinjiangPostingsGetAtLeastTwice() {
    // "at least twice the standard": 13,623 × (1 + 100%) = 27,246 a year; 13,623 an instalment; 54,492 in all.
    FamilyPaymentSchedule s = FAMILY.calculate(huilai().posting(Posting.TIBET_XINJIANG).build());
    assertThat(s.instalments()).extracting(Payment::amount).containsOnly(Cny.ofYuan(13623));
    assertThat(s.total()).isEqualTo(Cny.ofYuan(54492));
  }

  @Test
  void huilaiAndBeijingLocalSubsidiesAreTheirPublishedAmounts() {
    // Huilai 2023: 30,273 yuan; Beijing Today, November 2016: 52,600 yuan on discharge. The calculator pays the
    // standard in force at discharge, two years later, so the values are checked as bundled.
    ParameterKey<org.zhengbing.core.param.ParameterTable<org.joda.money.Money>> fixed =
        ParameterKey.moneyTable("local_subsidy.fixed_amount", "soldier_type");
    assertThat(SAMPLES.resolve(fixed, RegionCode.of("445224"), LocalDate.of(2023, 9, 1)).value().get("conscript"))
        .contains(Cny.ofYuan(30273));
    Provenance beijing = SAMPLES.resolve(fixed, RegionCode.of("110101"), LocalDate.of(2016, 9, 1)).provenance();
    assertThat(SAMPLES.resolve(fixed, RegionCode.of("110101"), LocalDate.of(2016, 9, 1)).value().get("conscript"))
        .contains(Cny.ofYuan(52600));
    assertThat(beijing.confidence()).isEqualTo(Confidence.SECONDARY_REPORT);
    assertThat(beijing.citation().document()).contains("Beijing Today").doesNotContain("《");
  }

  @Test
  void changsha2017RewardStartsOnFirstAugust() {
    // The policy took effect on 2017-08-01: a college recruit approved on 2017-09-01 gets 15,000; one approved on
    // 2017-03-01 does not (no value in force); the 20,000 for graduates in Xinjiang or Tibet is not bundled.
    EnlistmentReward autumn = REWARD.calculate(ProfileDraft.of("430100", "2017-AUTUMN")
        .approvalDate(LocalDate.of(2017, 9, 1)).educationLevel(EducationLevel.UNDERGRADUATE)
        .studyStatus(StudyStatus.FRESH_GRADUATE).posting(Posting.TIBET_XINJIANG).build());
    assertThat(autumn.total()).isEqualTo(Cny.ofYuan(15000));
    EnlistmentReward spring = REWARD.calculate(ProfileDraft.of("430100", "2017-SPRING")
        .approvalDate(LocalDate.of(2017, 3, 1)).educationLevel(EducationLevel.UNDERGRADUATE)
        .studyStatus(StudyStatus.FRESH_GRADUATE).build());
    assertThat(spring.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
  }

  @Test
  void sampleDistrictSubsidyIsOfAPublishedSizeAndIllustrative() {
    // ILLUSTRATIVE 30,000 for a conscript, the size of Huilai's 30,273 (was 1.5 × 100,000 = 150,000)
    SelfEmploymentSubsidy s = SUBSIDY.calculate(ProfileDraft.of("500116", "2025-AUTUMN")
        .educationLevel(EducationLevel.SENIOR_HIGH).build());
    assertThat(s.total()).isEqualTo(Cny.ofYuan(30000));
    assertThat(s.isIllustrative()).isTrue();
  }

  @Test
  void waitingAllowanceBefore2024IsTheMinimumLivingStandardOfThe2011Regulation() {
    // 退役士兵安置条例 (2011) 第三十五条: 按照不低于当地最低生活水平的标准，按月发给生活补助费 (2011-11-01..2024-08-31)
    Provenance p = SAMPLES.resolve(ParameterKey.enumConstant("waiting_allowance.basis", "waiting_allowance_basis"),
        RegionCode.of("500116"), LocalDate.of(2020, 1, 1)).provenance();
    assertThat(p.confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    assertThat(p.citation().document()).isEqualTo("退役士兵安置条例");
    assertThat(p.citation().article()).contains("第三十五条");
    assertThat(p.citation().articleText()).hasValueSatisfying(t -> assertThat(t).contains("不低于当地最低生活水平"));
    assertThat(SAMPLES.resolve(ParameterKey.enumConstant("waiting_allowance.basis", "waiting_allowance_basis"),
        RegionCode.of("500116"), LocalDate.of(2020, 1, 1)).value()).isEqualTo("minimum_living_standard");
  }
}
