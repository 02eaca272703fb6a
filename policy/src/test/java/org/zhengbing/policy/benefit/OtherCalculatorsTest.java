package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.profile.HukouType;
import org.zhengbing.policy.profile.MeritAward;
import org.zhengbing.policy.testing.ProfileDraft;

/** The monthly allowance, the local subsidy, the waiting allowance and the merit bonuses. */
class OtherCalculatorsTest {

  private static ProfileDraft jiangjin() {
    return ProfileDraft.of("500116", "2025-AUTUMN");
  }

  // ------------------------------------------------------------------------------------------- allowance

  @Test
  void allowanceIsPaidMonthlyAtTheIllustrativeRates() {
    // No official figure (DOMAIN.md B2); the bundled 1,100 a month in year 1 and 1,200 in year 2 are ILLUSTRATIVE:
    // 12 × 1,100 + 12 × 1,200 = 27,600.
    AllowanceSchedule a = AllowanceCalculator.of(SAMPLES).calculate(jiangjin().build());
    assertThat(a.payments()).hasSize(24);
    assertThat(a.payments().get(0).dueOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(a.payments().get(0).amount()).isEqualTo(Cny.ofYuan(1100));
    assertThat(a.payments().get(12).amount()).isEqualTo(Cny.ofYuan(1200));
    assertThat(a.payments().get(23).period()).contains(DateSpan.parse("2027-08-01/2027-08-31"));
    assertThat(a.total()).isEqualTo(Cny.ofYuan(27600));
    // the approval date 09-01 is the 2020 reform's, carried forward (illustrative after 2021)
    assertThat(a.illustrativeKeys()).containsExactly("calendar.season.autumn.approval_date",
        "allowance.monthly_by_service_year");
  }

  @Test
  void allowanceStopsWhenConscriptServiceEnds() {
    // discharged after 15 months: 12 × 1,100 + 3 × 1,200 = 16,800
    assertThat(AllowanceCalculator.of(SAMPLES).calculate(jiangjin().monthsServed(15).build()).total())
        .isEqualTo(Cny.ofYuan(16800));
    // before 2025 no figure is bundled
    AllowanceSchedule old = AllowanceCalculator.of(SAMPLES).calculate(ProfileDraft.of("500116", "2024-AUTUMN")
        .build());
    assertThat(old.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
  }

  // ------------------------------------------------------------------------------------------- local subsidy

  @Test
  void localSubsidyIsAMultipleOfTheAverageWage() {
    // what if: the sample district used the seeds/003 formula (1.5 × the ILLUSTRATIVE 100,000 for conscripts =
    // 150,000, due on the discharge date 2027-09-01; 2.5 × 100,000 = 250,000 for a sergeant)
    SelfEmploymentSubsidyCalculator calc = SelfEmploymentSubsidyCalculator.of(Fixtures.wageMultiple());
    SelfEmploymentSubsidy s = calc.calculate(jiangjin().build());
    assertThat(s.total()).isEqualTo(Cny.ofYuan(150000));
    assertThat(s.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2027, 9, 1));
    assertThat(s.weakestConfidence()).contains(Confidence.ILLUSTRATIVE);
    assertThat(calc.calculate(jiangjin().sergeantSelectedAfterMonths(24).monthsServed(60).build()).total())
        .isEqualTo(Cny.ofYuan(250000));
  }

  @Test
  void localSubsidyMayBeFixedWithARuralFraction() {
    // what if: a fixed 20,000 for conscripts (the low end of an old Jiangsu figure, DOMAIN.md §7) and 30% for rural
    // soldiers: 20,000 urban, 6,000 rural
    PolicyBook book = overlay(SAMPLES, "local_subsidy.formula", "500116", "2027-01-01", null,
        Fixtures.constant("local_subsidy_formula", "fixed"), "fixed subsidy");
    book = overlay(book, "local_subsidy.fixed_amount", "500116", "2027-01-01", null,
        Fixtures.moneyTable("soldier_type", Map.of("conscript", "20000")), "fixed subsidy");
    book = overlay(book, "local_subsidy.rural_fraction", "500116", "2027-01-01", null, Fixtures.rate("30%"),
        "rural fraction");
    SelfEmploymentSubsidyCalculator calc = SelfEmploymentSubsidyCalculator.of(book);
    assertThat(calc.calculate(jiangjin().hukouType(HukouType.URBAN).build()).total()).isEqualTo(Cny.ofYuan(20000));
    assertThat(calc.calculate(jiangjin().hukouType(HukouType.RURAL).build()).total()).isEqualTo(Cny.ofYuan(6000));
    assertThatThrownBy(() -> calc.calculate(jiangjin().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile must give hukouType: the local subsidy of 500116 on 2027-09-01 pays rural "
            + "families a fraction (local_subsidy.rural_fraction)");
    // no row for sergeants: not published
    SelfEmploymentSubsidy sergeant = calc.calculate(jiangjin().hukouType(HukouType.URBAN)
        .sergeantSelectedAfterMonths(24).build());
    assertThat(sergeant.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(step(sergeant, "local_subsidy.not_published").input("parameter").orElseThrow().value().toString())
        .contains("local_subsidy.fixed_amount[sergeant]");
  }

  @Test
  void localSubsidyWithoutAFormulaIsNotPublished() {
    SelfEmploymentSubsidy s = SelfEmploymentSubsidyCalculator.of(SAMPLES).calculate(ProfileDraft.of("350583",
        "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1)).build());
    assertThat(s.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
    assertThat(step(s, "local_subsidy.not_published").input("parameter").orElseThrow().value().toString())
        .contains("local_subsidy.formula");
  }

  // ------------------------------------------------------------------------------------------- waiting allowance

  @Test
  void waitingAllowanceIsTheMonthlyMinimumWageFromSeptember2024() {
    // 退役军人安置条例 Art 75: the local monthly minimum wage each month of waiting; the sample district's 2,000 is
    // ILLUSTRATIVE: 3 months → 6,000 from the discharge date 2027-09-01.
    WaitingAllowance w = WaitingAllowanceCalculator.of(SAMPLES).calculate(jiangjin().placementWaitMonths(3).build());
    assertThat(w.total()).isEqualTo(Cny.ofYuan(6000));
    assertThat(w.payments()).extracting(Payment::dueOn).containsExactly(LocalDate.of(2027, 9, 1),
        LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 1));
    assertThat(step(w, "waiting_allowance.monthly").input("basis").orElseThrow().provenance().orElseThrow()
        .confidence()).isEqualTo(Confidence.LEGAL_TEXT);
    // discharged in 2023, before the 2024 regulation: 退役士兵安置条例 (2011) 第三十五条, the minimum-living standard
    // (sample district, ILLUSTRATIVE 700 a month): 3 × 700 = 2,100
    WaitingAllowance old = WaitingAllowanceCalculator.of(SAMPLES).calculate(ProfileDraft.of("500116", "2021-SPRING")
        .placementWaitMonths(3).build());
    assertThat(old.status()).isEqualTo(BenefitStatus.PAYABLE);
    assertThat(old.total()).isEqualTo(Cny.ofYuan(2100));
    assertThat(step(old, "waiting_allowance.monthly").input("basis").orElseThrow().provenance().orElseThrow()
        .citation().article()).contains("第三十五条");
    assertThat(WaitingAllowanceCalculator.of(SAMPLES).calculate(jiangjin().build()).reason())
        .isEqualTo(BenefitReason.NO_WAITING_PERIOD);
  }

  @Test
  void waitingAllowanceMayUseTheMinimumLivingStandard() {
    // seeds/003's older rule: the urban minimum-living standard (sample district, ILLUSTRATIVE 700): 2 × 700 = 1,400
    PolicyBook book = overlay(SAMPLES, "waiting_allowance.basis", "500116", "2027-01-01", null,
        Fixtures.constant("waiting_allowance_basis", "minimum_living_standard"), "older basis");
    assertThat(WaitingAllowanceCalculator.of(book).calculate(jiangjin().placementWaitMonths(2).build()).total())
        .isEqualTo(Cny.ofYuan(1400));
  }

  // ------------------------------------------------------------------------------------------- merit bonuses

  @Test
  void nanan2014RewardsMeritsAndOutstandingSoldiers() {
    // DOMAIN.md §3, Nan'an 2014 [M]: 三等功 2,490; 优秀士兵 830: both → 3,320, dated at discharge (2016-09-01)
    MeritBonusCalculator calc = MeritBonusCalculator.of(SAMPLES);
    ProfileDraft d = ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1));
    MeritBonus b = calc.calculate(d.addMerits(MeritAward.THIRD_CLASS_MERIT, MeritAward.OUTSTANDING_SOLDIER).build());
    assertThat(b.total()).isEqualTo(Cny.ofYuan(3320));
    assertThat(b.payments()).extracting(Payment::dueOn).containsOnly(LocalDate.of(2016, 9, 1));
    // no published row for 二等功
    MeritBonus second = calc.calculate(ProfileDraft.of("350583", "2014-AUTUMN")
        .approvalDate(LocalDate.of(2014, 9, 1)).addMerits(MeritAward.SECOND_CLASS_MERIT).build());
    assertThat(second.status()).isEqualTo(BenefitStatus.NOT_APPLICABLE);
    assertThat(second.reason()).isEqualTo(BenefitReason.NO_ROW_FOR_AWARD);
    assertThat(calc.calculate(ProfileDraft.of("350583", "2014-AUTUMN").approvalDate(LocalDate.of(2014, 9, 1))
        .build()).reason()).isEqualTo(BenefitReason.NO_MERITS);
  }

  @Test
  void eachAwardIsPaid() {
    // sample district (ILLUSTRATIVE, one place's 2012 figures): 一等功 5,000 + 2 × 三等功 1,000 = 7,000
    MeritBonus b = MeritBonusCalculator.of(SAMPLES).calculate(jiangjin().addMerits(MeritAward.FIRST_CLASS_MERIT,
        MeritAward.THIRD_CLASS_MERIT, MeritAward.THIRD_CLASS_MERIT).build());
    assertThat(b.total()).isEqualTo(Cny.ofYuan(7000));
    assertThat(b.payments()).hasSize(3);
    MeritBonus beijing = MeritBonusCalculator.of(SAMPLES).calculate(ProfileDraft.of("110000", "2016-AUTUMN")
        .approvalDate(LocalDate.of(2016, 9, 1)).addMerits(MeritAward.FIRST_CLASS_MERIT).build());
    assertThat(beijing.status()).isEqualTo(BenefitStatus.NOT_PUBLISHED);
  }
}
