package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The family preferential payment schedule (义务兵家庭优待金): the instalments paid to a conscript's family every
 * period (six months) from the approval date for the term, and their total.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FamilyPaymentSchedule extends Benefit {

  FamilyPaymentSchedule() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.FAMILY_PAYMENT;
  }

  /**
   * Returns the instalments; the same as {@link #payments()}.
   *
   * @return the instalments, never null
   */
  public ImmutableList<Payment> instalments() {
    return payments();
  }

  static FamilyPaymentSchedule of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableFamilyPaymentSchedule.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
