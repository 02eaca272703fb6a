package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.joda.money.Money;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.money.Cny;

/**
 * Tuition compensation, student-loan repayment and fee waiver (学费补偿、国家助学贷款代偿、学费减免): the years
 * already paid, compensated once after enlistment, and the remaining years waived after the student returns.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TuitionCompensation extends Benefit {

  TuitionCompensation() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.TUITION;
  }

  /**
   * Returns the compensation and loan repayment for the years already studied (payments {@code tuition.compensation}).
   *
   * @return the amount, never null
   */
  public Money compensation() {
    return sum("tuition.compensation");
  }

  /**
   * Returns the tuition waived for the remaining years (payments {@code tuition.waiver}).
   *
   * @return the amount, never null
   */
  public Money waiver() {
    return sum("tuition.waiver");
  }

  private Money sum(String rule) {
    Money s = Cny.ZERO;
    for (Payment p : payments()) {
      if (p.rule().equals(rule)) {
        s = s.plus(p.amount());
      }
    }
    return s;
  }

  static TuitionCompensation of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableTuitionCompensation.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
