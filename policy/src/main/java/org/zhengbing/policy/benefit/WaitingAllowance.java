package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The living allowance paid monthly to a veteran waiting for an assigned job (待安排工作期间生活补助).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingAllowance extends Benefit {

  WaitingAllowance() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.WAITING_ALLOWANCE;
  }

  static WaitingAllowance of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableWaitingAllowance.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
