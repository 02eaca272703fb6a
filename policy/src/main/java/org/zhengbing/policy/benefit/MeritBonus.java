package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The bonuses a region pays the family for the soldier's merit awards (立功受奖奖励).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeritBonus extends Benefit {

  MeritBonus() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.MERIT_BONUS;
  }

  static MeritBonus of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableMeritBonus.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
