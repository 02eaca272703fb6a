package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.CALC;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.EducationLevel;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.profile.StudyStatus;
import org.zhengbing.policy.testing.ProfileDraft;

class BenefitsCalculatorTest {

  /** A Nan'an 专科 student of 2014 who earned a 三等功. */
  private static CandidateProfile nananStudent() {
    return ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1))
        .educationLevel(EducationLevel.JUNIOR_COLLEGE).studyStatus(StudyStatus.STUDENT)
        .addMerits(MeritAward.THIRD_CLASS_MERIT).build();
  }

  @Test
  void nananStudentsAccount() {
    // DOMAIN.md §3 Nan'an 2014 [M] and the national rules:
    //   family payment 9,300 × 2 = 18,600; reward for a current student 2,000; merit bonus for a 三等功 2,490;
    //   discharge on 2016-09-01 (2011 rule): 2 × 4,500 (ILLUSTRATIVE) = 9,000, +5% for the 三等功 = 9,450;
    //   no tuition paid; no allowance figure before 2025; no local subsidy formula; no waiting.
    //   Total 18,600 + 2,000 + 9,450 + 2,490 = 32,540.
    EnlistmentBenefits a = CALC.calculate(nananStudent());
    assertThat(a.familyPayment().total()).isEqualTo(Cny.ofYuan(18600));
    assertThat(a.enlistmentReward().total()).isEqualTo(Cny.ofYuan(2000));
    assertThat(a.tuition().status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(a.allowance().status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(a.dischargePayment().total()).isEqualTo(Cny.ofYuan(9450));
    assertThat(a.selfEmploymentSubsidy().status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(a.waitingAllowance().status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(a.meritBonus().total()).isEqualTo(Cny.ofYuan(2490));
    assertThat(a.total()).isEqualTo(Cny.ofYuan(32540));
    assertThat(a.payableItems()).extracting(Benefit::kind).containsExactly(BenefitKind.FAMILY_PAYMENT,
        BenefitKind.ENLISTMENT_REWARD, BenefitKind.DISCHARGE_PAYMENT, BenefitKind.MERIT_BONUS);
    assertThat(a.illustrativeItems()).containsExactlyInAnyOrder(BenefitKind.FAMILY_PAYMENT,
        BenefitKind.DISCHARGE_PAYMENT);
    assertThat(a.illustrativeKeys()).containsExactlyInAnyOrder("service.conscript_term.years",
        "family_payment.period_months", "discharge.base_per_year");
    assertThat(a.approvalDate()).isEqualTo(LocalDate.of(2014, 9, 1));
    assertThat(a.termEnd()).isEqualTo(LocalDate.of(2016, 9, 1));
    assertThat(a.schedule()).extracting(Payment::dueOn).isSorted();
    assertThat(a.schedule()).hasSize(7);
  }

  @Test
  void rulesResolvedOnceGiveTheSameAccount() {
    BenefitRules rules = BenefitRules.forProfile(CALC.book(), nananStudent());
    assertThat(CALC.calculate(nananStudent(), rules)).isEqualTo(CALC.calculate(nananStudent()));
    assertThat(rules.appliesTo(nananStudent())).isTrue();
    assertThat(rules.approvalDateGiven()).contains(LocalDate.of(2014, 9, 1));
  }

  @Test
  void batchTotalsMatchTheExplainedAccounts() {
    ImmutableList<CandidateProfile> list = ImmutableList.of(nananStudent(),
        ProfileDraft.of("500116", "2025-AUTUMN").monthsServed(30).sergeantSelectedAfterMonths(24).build(),
        ProfileDraft.of("500116", "2024-SPRING").educationLevel(EducationLevel.SENIOR_HIGH).placementWaitMonths(2)
            .build(),
        nananStudent());
    BenefitTotals totals = CALC.totals(list);
    assertThat(totals.size()).isEqualTo(4);
    for (int i = 0; i < list.size(); i++) {
      EnlistmentBenefits a = CALC.calculate(list.get(i));
      for (BenefitKind k : BenefitKind.values()) {
        assertThat(totals.amount(i, k)).as("%s of profile %s", k, i).isEqualTo(a.item(k).total());
      }
      assertThat(totals.total(i)).isEqualTo(a.total());
    }
    assertThat(totals.total(0)).isEqualTo(Cny.ofYuan(32540));
    assertThat(totals.sum(BenefitKind.MERIT_BONUS)).isEqualTo(Cny.ofYuan(2 * 2490));
    assertThat(totals.grandTotal()).isEqualTo(totals.total(0).plus(totals.total(1)).plus(totals.total(2))
        .plus(totals.total(3)));
  }

  @Test
  void batchWithOneRuleSetRejectsAProfileOfAnotherTerm() {
    BenefitRules rules = CALC.rules(RegionCode.of("500116"), ConscriptionTerm.parse("2025-AUTUMN"));
    CandidateProfile ok = ProfileDraft.of("500116", "2025-AUTUMN").build();
    assertThat(CALC.totals(ImmutableList.of(ok, ok), rules).total(1)).isEqualTo(CALC.calculate(ok).total());
    assertThatThrownBy(() -> CALC.totals(ImmutableList.of(ok, ProfileDraft.of("500116", "2025-SPRING").build()),
        rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules for 500116 2025-AUTUMN must be used with a profile of that region");
  }

  @Test
  void batchOfOnePaymentHoldsThatPaymentAlone() {
    ImmutableList<CandidateProfile> list = ImmutableList.of(nananStudent(),
        ProfileDraft.of("500116", "2025-AUTUMN").monthsServed(14).build(), nananStudent());
    BenefitTotals family = CALC.totals(list, EnumSet.of(BenefitKind.FAMILY_PAYMENT));
    BenefitTotals all = CALC.totals(list);
    assertThat(family.kinds()).containsExactly(BenefitKind.FAMILY_PAYMENT);
    for (int i = 0; i < list.size(); i++) {
      assertThat(family.amountFen(i, BenefitKind.FAMILY_PAYMENT))
          .isEqualTo(all.amountFen(i, BenefitKind.FAMILY_PAYMENT));
      assertThat(family.total(i)).isEqualTo(all.amount(i, BenefitKind.FAMILY_PAYMENT));
    }
    // Jiangjin's illustrative standard 12,000 a year with the bachelor_graduate uplift of 60% (the draft's default
    // undergraduate fresh graduate, ordinary posting): 19,200 a year, 9,600 a half-year; 14 months served are two
    // full periods and a part period counted as full: 3 x 9,600 = 28,800
    assertThat(family.amount(1, BenefitKind.FAMILY_PAYMENT)).isEqualTo(Cny.ofYuan(28800));
    assertThat(family.sum(BenefitKind.FAMILY_PAYMENT)).isEqualTo(all.sum(BenefitKind.FAMILY_PAYMENT));
    assertThat(family.grandTotal()).isEqualTo(all.sum(BenefitKind.FAMILY_PAYMENT));
    assertThatThrownBy(() -> family.amountFen(0, BenefitKind.TUITION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind must be one of the payments calculated, [FAMILY_PAYMENT], but was TUITION");
    assertThatThrownBy(() -> family.sum(BenefitKind.MERIT_BONUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was MERIT_BONUS");
    assertThatThrownBy(() -> CALC.totals(list, EnumSet.noneOf(BenefitKind.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kinds must name at least one payment, but was []");
  }

  @Test
  void batchTotalsRejectABadIndex() {
    BenefitTotals totals = CALC.totals(ImmutableList.of(nananStudent()));
    assertThatThrownBy(() -> totals.total(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("index (1) must be less than size (1)");
  }
}
