package org.zhengbing.policy.benefit;

/**
 * Whether a payment is due to a candidate, and if not, why not in general terms; {@link BenefitReason} says
 * exactly why.
 */
public enum BenefitStatus {
  /** The payment applies and its amount is computed (it may rest on ILLUSTRATIVE values: see the explanation). */
  PAYABLE,
  /** The payment does not apply to this candidate, such as tuition compensation for someone who never studied. */
  NOT_APPLICABLE,
  /**
   * The payment may apply, but the policy has no figure or rule for this region and date, so no amount is given:
   * the library never guesses. The explanation names the missing parameter.
   */
  NOT_PUBLISHED
}
