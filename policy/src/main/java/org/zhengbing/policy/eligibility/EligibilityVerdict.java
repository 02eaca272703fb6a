package org.zhengbing.policy.eligibility;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.zhengbing.calendar.age.AgeVerdict;
import org.zhengbing.calendar.age.RegistrationDuty;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Whether a candidate may be conscripted in a term by age, which priority categories apply, and whether
 * military-service registration is due that year, with the explanation citing every rule.
 *
 * <p>The explanation's result is {@link #eligibleByAge()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityVerdict {

  EligibilityVerdict() {}

  /**
   * Returns the term judged.
   *
   * @return the term, never null
   */
  public abstract ConscriptionTerm term();

  /**
   * Returns the region whose policy applied.
   *
   * @return the region, never null
   */
  public abstract RegionCode region();

  /**
   * Returns the age verdict: the birth window and whether the birth date lies in it.
   *
   * @return the age verdict, never null
   */
  public abstract AgeVerdict age();

  /**
   * Returns the priority categories that apply, in declaration order; empty if none.
   *
   * @return the categories, never null
   */
  public abstract ImmutableList<PriorityCategory> priorities();

  /**
   * Returns the registration duty of the term's year (only men register).
   *
   * @return the duty, never null
   */
  public abstract RegistrationDuty registration();

  /**
   * Returns the explanation: the age verdict, each priority rule checked, the registration duty, and the verdict.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the candidate is within the season's age window.
   *
   * @return whether the candidate is eligible by age
   */
  public boolean eligibleByAge() {
    return age().eligible();
  }

  /**
   * Returns true if the verdict rests on an ILLUSTRATIVE value.
   *
   * @return whether the verdict is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  @Value.Check
  void check() {
    explanation().requireResult(Datum.of(eligibleByAge()));
  }

  static ImmutableEligibilityVerdict.Builder builder() {
    return ImmutableEligibilityVerdict.builder();
  }
}
