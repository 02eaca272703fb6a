package org.zhengbing.policy.benefit;

/**
 * The payments of the economic account (经济账), in the order a statement lists them.
 */
public enum BenefitKind {
  /** The family preferential payment (义务兵家庭优待金), paid every six months during the conscript term. */
  FAMILY_PAYMENT("family_payment", "义务兵家庭优待金"),
  /** The one-time enlistment reward some regions pay (一次性奖励金). */
  ENLISTMENT_REWARD("enlistment_reward", "一次性奖励金"),
  /** Tuition compensation, student-loan repayment and fee waiver (学费补偿、国家助学贷款代偿、学费减免). */
  TUITION("tuition", "学费补偿、国家助学贷款代偿、学费减免"),
  /** The conscript's monthly allowance (义务兵津贴). */
  ALLOWANCE("allowance", "义务兵津贴"),
  /** The one-time discharge payment (一次性退役金). */
  DISCHARGE_PAYMENT("discharge", "一次性退役金"),
  /** The local one-time self-employment subsidy (地方一次性经济补助). */
  SELF_EMPLOYMENT_SUBSIDY("local_subsidy", "地方一次性经济补助"),
  /** The living allowance while waiting for an assigned job (待安排工作期间生活补助). */
  WAITING_ALLOWANCE("waiting_allowance", "待安排工作期间生活补助"),
  /** Bonuses to the family for merit awards (立功受奖奖励). */
  MERIT_BONUS("merit_bonus", "立功受奖奖励");

  private final String key;
  private final String chineseName;

  BenefitKind(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the key that prefixes the parameter names and explanation rules of this payment, such as
   * {@code family_payment}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }
}
