package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The one-time discharge payment (一次性退役金) by years of service, with the merit uplift, under the rule in force
 * on the discharge date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DischargePayment extends Benefit {

  DischargePayment() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.DISCHARGE_PAYMENT;
  }

  static DischargePayment of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableDischargePayment.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
