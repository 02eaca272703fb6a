package org.zhengbing.policy.benefit;

/**
 * Why a payment applies to a candidate, or why it does not: one constant per case, for renderers to put into words
 * (each has a resource-bundle key, {@link #key()}).
 */
public enum BenefitReason {
  /** The family of a conscript receives the family preferential payment from the approval date. */
  CONSCRIPT_FAMILY("conscript_family"),
  /** The region rewards recruits of this education category or posting. */
  REWARDED_CATEGORY("rewarded_category"),
  /** A college student or graduate recovers tuition or loans, and a student has later tuition waived. */
  COLLEGE_STUDY("college_study"),
  /** A conscript receives the monthly allowance while serving. */
  CONSCRIPT_SERVICE("conscript_service"),
  /** A soldier discharged to self-employment receives the one-time discharge payment. */
  SELF_EMPLOYED_DISCHARGE("self_employed_discharge"),
  /** The province adds a one-time subsidy for a soldier discharged to self-employment. */
  LOCAL_SELF_EMPLOYMENT("local_self_employment"),
  /** A veteran waiting for an assigned job receives a living allowance. */
  AWAITING_ASSIGNED_JOB("awaiting_assigned_job"),
  /** The region rewards the family for the soldier's merit awards. */
  MERIT_AWARDS("merit_awards"),
  /** Not applicable: the candidate did not study in higher education. */
  NOT_COLLEGE("not_college"),
  /** Not applicable: the student's funding category is excluded (already tuition-free, directed, etc.). */
  EXCLUDED_FUNDING("excluded_funding"),
  /** Not applicable: no tuition was paid, no loan taken and no years remain. */
  NO_TUITION_COSTS("no_tuition_costs"),
  /** Not applicable: the region's table has no row for this education category (or posting). */
  NO_ROW_FOR_CATEGORY("no_row_for_category"),
  /** Not applicable: the region's table has no row for any of the soldier's awards. */
  NO_ROW_FOR_AWARD("no_row_for_award"),
  /** Not applicable: the soldier became an officer or a cadet and was not discharged as a soldier. */
  OFFICER_OR_CADET("officer_or_cadet"),
  /** Not applicable: the veteran did not wait for an assigned job. */
  NO_WAITING_PERIOD("no_waiting_period"),
  /** Not applicable: the soldier received no merit awards. */
  NO_MERITS("no_merits"),
  /** Not published: the policy has no figure or rule for this region and date (see the explanation). */
  NO_PUBLISHED_FIGURE("no_published_figure");

  private final String key;

  BenefitReason(String key) {
    this.key = key;
  }

  /**
   * Returns the key for resource bundles, such as {@code conscript_family}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }
}
