package org.zhengbing.policy.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengbing.policy.benefit.Fixtures.CALC;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Step;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.testing.ProfileDraft;

/** Payments, benefits and accounts assembled from parts that do not fit are rejected, naming what is wrong. */
class BenefitInvariantsTest {

  private static Explanation endingWith(long yuan) {
    return Explanation.of(List.of(Step.builder().rule("x.total").result(new Datum.OfMoney(Cny.ofYuan(yuan)))
        .build()));
  }

  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);

  @Test
  void aPaymentOfZeroIsAllowedAndItsDueDateMustLieInItsPeriod() {
    assertThat(Payment.of("x.payment", SEP_1, Cny.ZERO).amount()).isEqualTo(Cny.ZERO);
    assertThat(Payment.ofPeriod("x.payment", DateSpan.parse("2025-09-01/2025-09-30"), Cny.ofYuan(1)).dueOn())
        .isEqualTo(SEP_1);
    assertThatThrownBy(() -> ImmutablePayment.builder().rule("x.payment").dueOn(LocalDate.of(2025, 10, 1))
        .period(DateSpan.parse("2025-09-01/2025-09-30")).amount(Cny.ofYuan(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment due date must lie in its period 2025-09-01/2025-09-30, but was 2025-10-01");
  }

  @Test
  void onlyAPayableBenefitHasPayments() {
    assertThatThrownBy(() -> DischargePayment.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
        List.of(Payment.of("x.payment", SEP_1, Cny.ofYuan(5))), endingWith(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discharge that is NOT_PUBLISHED must have no payments, but had 1");
    DischargePayment none = DischargePayment.of(BenefitStatus.NOT_PUBLISHED, BenefitReason.NO_PUBLISHED_FIGURE,
        List.of(), endingWith(0));
    assertThat(none.firstPaymentDate()).isEmpty();
  }

  @Test
  void paymentsMustBeInDateOrder() {
    Payment first = Payment.of("x.payment", SEP_1, Cny.ofYuan(2));
    Payment later = Payment.of("x.payment", SEP_1.plusMonths(6), Cny.ofYuan(3));
    DischargePayment ordered = DischargePayment.of(BenefitStatus.PAYABLE, BenefitReason.SELF_EMPLOYED_DISCHARGE,
        List.of(first, later), endingWith(5));
    assertThat(ordered.firstPaymentDate()).contains(SEP_1);
    // two payments on the same day are in order
    assertThat(DischargePayment.of(BenefitStatus.PAYABLE, BenefitReason.SELF_EMPLOYED_DISCHARGE, List.of(first, first),
        endingWith(4)).total()).isEqualTo(Cny.ofYuan(4));
    assertThatThrownBy(() -> DischargePayment.of(BenefitStatus.PAYABLE, BenefitReason.SELF_EMPLOYED_DISCHARGE,
        List.of(later, first), endingWith(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discharge payments must be in date order, but 2025-09-01 follows 2026-03-01");
  }

  @Test
  void anAccountHasOneItemPerKindInOrderAndATermAfterApproval() {
    EnlistmentBenefits a = CALC.calculate(ProfileDraft.of("500116", "2025-AUTUMN").build());
    List<Benefit> items = new ArrayList<>(a.items());
    assertThatThrownBy(() -> EnlistmentBenefits.of(a.region(), a.term(), a.approvalDate(), a.termEnd(),
        items.subList(1, items.size())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enlistment benefits must have one item per kind (8), but had 7");
    List<Benefit> swapped = new ArrayList<>(items);
    swapped.set(0, items.get(1));
    swapped.set(1, items.get(0));
    assertThatThrownBy(() -> EnlistmentBenefits.of(a.region(), a.term(), a.approvalDate(), a.termEnd(), swapped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enlistment benefits item 0 must be FAMILY_PAYMENT, but was ENLISTMENT_REWARD");
    assertThatThrownBy(() -> EnlistmentBenefits.of(a.region(), a.term(), a.approvalDate(), a.approvalDate(), items))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("term end must be after the approval date 2025-09-01, but was 2025-09-01");
    assertThat(EnlistmentBenefits.of(a.region(), a.term(), a.approvalDate(), a.termEnd(), items)).isEqualTo(a);
  }

  @Test
  void anAccountIsIllustrativeWhenAPayableItemIs() {
    // Jiangjin's sample figures are ILLUSTRATIVE; Nan'an 2014's reward is a news report (SECONDARY_REPORT) but its
    // family payment reading is ILLUSTRATIVE too: both accounts are illustrative, and say which keys
    EnlistmentBenefits jiangjin = CALC.calculate(ProfileDraft.of("500116", "2025-AUTUMN").build());
    assertThat(jiangjin.isIllustrative()).isTrue();
    assertThat(jiangjin.illustrativeKeys()).contains("family_payment.annual_standard");
  }
}
