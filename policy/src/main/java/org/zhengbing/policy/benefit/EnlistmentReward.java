package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The one-time enlistment reward (一次性奖励金) a region pays by education category and posting.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnlistmentReward extends Benefit {

  EnlistmentReward() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.ENLISTMENT_REWARD;
  }

  static EnlistmentReward of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableEnlistmentReward.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
