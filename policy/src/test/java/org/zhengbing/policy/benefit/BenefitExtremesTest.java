package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengbing.policy.benefit.Fixtures.SAMPLES;
import static org.zhengbing.policy.benefit.Fixtures.overlay;
import static org.zhengbing.policy.benefit.Fixtures.step;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.param.PolicyBook;
import org.zhengbing.policy.profile.AcademicYear;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.profile.ProfileJson;
import org.zhengbing.policy.testing.ProfileDraft;

/**
 * Amounts at the top of their range (up to 10^12 yuan, the largest amount the JSON input accepts) through the
 * calculators, on both paths (with explanations and the batch totals): exact to the fen, no overflow, and every
 * rounding shown in the explanation.
 */
class BenefitExtremesTest {

  private static final String TRILLION = "1000000000000";

  @Test
  void aFamilyPaymentStandardJustUnderATrillionIsExactToTheFen() {
    // 999,999,999,999.99 × 1.6 (Chengdu 2018's +60% for a bachelor graduate) = 1,599,999,999,999.984
    //   → 1,599,999,999,999.98 (half up, shown at family_payment.annual);
    // × 6/12 = 799,999,999,999.99 an instalment; × 4 = 3,199,999,999,999.96 over two years.
    PolicyBook book = overlay(SAMPLES, "family_payment.annual_standard", "510100", "2018-01-01", "2019-01-01",
        Fixtures.money("999999999999.99"), "a standard at the top of the range");
    CandidateProfile p = ProfileDraft.of("510100", "2018-AUTUMN").approvalDate(LocalDate.of(2018, 9, 1)).build();
    BenefitsCalculator calc = BenefitsCalculator.of(book);
    FamilyPaymentSchedule s = calc.calculate(p).familyPayment();
    assertThat(step(s, "family_payment.annual").rounding().orElseThrow().exact())
        .isEqualByComparingTo("1599999999999.984");
    assertThat(step(s, "family_payment.annual").result()).isEqualTo(Fixtures.money("1599999999999.98"));
    assertThat(s.instalments()).extracting(Payment::amount).containsOnly(Cny.of("799999999999.99"));
    assertThat(s.total()).isEqualTo(Cny.of("3199999999999.96"));
    BenefitTotals totals = calc.totals(List.of(p));
    assertThat(totals.amountFen(0, BenefitKind.FAMILY_PAYMENT)).isEqualTo(319_999_999_999_996L);
    assertThat(totals.amount(0, BenefitKind.FAMILY_PAYMENT)).isEqualTo(s.total());
  }

  @Test
  void tuitionOfATrillionAYearUnderATrillionCapIsPaidInFull() {
    // four years at 10^12 each under a cap of 10^12: 4 × 10^12 = 4,000,000,000,000.00 exactly (4 × 10^14 fen)
    PolicyBook book = overlay(SAMPLES, "tuition.annual_cap", "national", "2024-09-01", null,
        Fixtures.moneyTable("study_level", Map.of("undergraduate_or_junior_college", TRILLION,
            "postgraduate", TRILLION)), "a cap at the top of the range");
    AcademicYear dear = AcademicYear.ofTuition(Cny.of(TRILLION));
    CandidateProfile p = ProfileDraft.of("500116", "2024-AUTUMN").addAcademicYears(dear, dear, dear, dear).build();
    BenefitsCalculator calc = BenefitsCalculator.of(book);
    TuitionCompensation t = calc.calculate(p).tuition();
    assertThat(t.total()).isEqualTo(Cny.of("4000000000000.00"));
    assertThat(calc.totals(List.of(p)).amountFen(0, BenefitKind.TUITION)).isEqualTo(400_000_000_000_000L);
    // the same profile through the integrators' JSON
    assertThat(calc.calculate(ProfileJson.parse(ProfileJson.toJson(p))).tuition().total()).isEqualTo(t.total());
  }

  @Test
  void batchTotalsOfManyTrillionAccountsDoNotOverflow() {
    // 1,000 profiles with 4 × 10^12 of tuition each: 4 × 10^15 yuan = 4 × 10^17 fen, below 2^63 ≈ 9.22 × 10^18
    PolicyBook book = overlay(SAMPLES, "tuition.annual_cap", "national", "2024-09-01", null,
        Fixtures.moneyTable("study_level", Map.of("undergraduate_or_junior_college", TRILLION,
            "postgraduate", TRILLION)), "a cap at the top of the range");
    AcademicYear dear = AcademicYear.ofTuition(Cny.of(TRILLION));
    CandidateProfile p = ProfileDraft.of("500116", "2024-AUTUMN").addAcademicYears(dear, dear, dear, dear).build();
    BenefitTotals totals = BenefitsCalculator.of(book).totals(Collections.nCopies(1000, p));
    assertThat(totals.sum(BenefitKind.TUITION)).isEqualTo(Cny.of("4000000000000000.00"));
    assertThat(totals.grandTotal().getAmount()).isGreaterThanOrEqualTo(Cny.of("4000000000000000.00").getAmount());
  }
}
