package org.zhengbing.core.assess;

import org.immutables.value.Value;

/**
 * The counts a unit reports for the five-rate assessment, checked for consistency: every count {@code >= 0};
 * examined at most applicants, double-qualified at most examined, approved at most double-qualified, college
 * students approved and returns at most approved.
 *
 * <pre>{@code
 * AssessmentCounts c = AssessmentCounts.builder().liable(900).registered(900).applicants(600).examined(240)
 *     .doubleQualified(130).approved(100).collegeApproved(55).returned(0).task(100).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentCounts {

  AssessmentCounts() {}

  /** @return men who must register this year */
  public abstract long liable();

  /** @return men registered for military service */
  public abstract long registered();

  /** @return applicants */
  public abstract long applicants();

  /** @return applicants who reported for the physical exam */
  public abstract long examined();

  /** @return double-qualified candidates */
  public abstract long doubleQualified();

  /** @return recruits approved */
  public abstract long approved();

  /** @return college students approved */
  public abstract long collegeApproved();

  /** @return recruits returned within the return window */
  public abstract long returned();

  /** @return the conscription task, in places */
  public abstract long task();

  /**
   * Returns a count by its enumeration constant.
   *
   * @param count  the count, not null
   * @return the value
   */
  public long count(AssessmentCount count) {
    switch (count) {
      case LIABLE:
        return liable();
      case REGISTERED:
        return registered();
      case APPLICANTS:
        return applicants();
      case EXAMINED:
        return examined();
      case DOUBLE_QUALIFIED:
        return doubleQualified();
      case APPROVED:
        return approved();
      case COLLEGE_APPROVED:
        return collegeApproved();
      case RETURNED:
        return returned();
      default:
        return task();
    }
  }

  @Value.Check
  void check() {
    for (AssessmentCount c : AssessmentCount.values()) {
      if (count(c) < 0) {
        throw new IllegalArgumentException("count " + c.key() + " must be >= 0, but was " + count(c));
      }
    }
    requireAtMost(AssessmentCount.APPROVED, AssessmentCount.APPLICANTS);
    requireAtMost(AssessmentCount.EXAMINED, AssessmentCount.APPLICANTS);
    requireAtMost(AssessmentCount.DOUBLE_QUALIFIED, AssessmentCount.EXAMINED);
    requireAtMost(AssessmentCount.APPROVED, AssessmentCount.DOUBLE_QUALIFIED);
    requireAtMost(AssessmentCount.COLLEGE_APPROVED, AssessmentCount.APPROVED);
    requireAtMost(AssessmentCount.RETURNED, AssessmentCount.APPROVED);
  }

  private void requireAtMost(AssessmentCount part, AssessmentCount whole) {
    if (count(part) > count(whole)) {
      throw new IllegalArgumentException("count " + part.key() + " must not exceed " + whole.key() + ", but was "
          + count(part) + " > " + count(whole));
    }
  }

  /**
   * Returns a new builder; every count must be set.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AssessmentCounts}. */
  public static final class Builder extends ImmutableAssessmentCounts.Builder {
    Builder() {}
  }
}
