package org.zhengbing.policy.benefit;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Explanation;

/**
 * The local one-time economic subsidy (地方一次性经济补助) a province adds for a soldier discharged to
 * self-employment, by the formula the province chose.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfEmploymentSubsidy extends Benefit {

  SelfEmploymentSubsidy() {}

  @Override
  public final BenefitKind kind() {
    return BenefitKind.SELF_EMPLOYMENT_SUBSIDY;
  }

  static SelfEmploymentSubsidy of(BenefitStatus status, BenefitReason reason, Iterable<Payment> payments,
      Explanation explanation) {
    return ImmutableSelfEmploymentSubsidy.builder().status(status).reason(reason).addAllPayments(payments).explanation(explanation)
        .build();
  }
}
