package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The conscript's monthly allowance (义务兵津贴) for the months served as a conscript.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllowanceSchedule extends Benefit {

  AllowanceSchedule() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.ALLOWANCE;
  }

  static AllowanceSchedule of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableAllowanceSchedule.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
