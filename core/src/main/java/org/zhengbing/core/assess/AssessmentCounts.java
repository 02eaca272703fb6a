package org.zhengbing.core.assess;

import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.immutables.value.Value;

/**
 * The counts of a unit over a period (a season, or a year as the sum of its seasons), checked for consistency: every
 * count {@code >= 0}; examined at most applicants; passed the physical examination at most examined; passed the
 * political assessment at most applicants; double-qualified at most either; approved at most double-qualified;
 * college students approved at most approved, graduates at most college students; returned at most approved.
 * Registered above liable is allowed here (a parameter decides it for season records).
 *
 * <p>{@link #returned()} counts the period's own recruits who were returned, in whichever season the return was
 * recorded: a return counts in the period the recruit was approved in.
 *
 * <pre>{@code
 * AssessmentCounts c = AssessmentCounts.builder().liable(900).registered(900).applicants(600).examined(240)
 *     .physicalPassed(150).politicalPassed(590).doubleQualified(130).approved(100).collegeApproved(55)
 *     .graduatesApproved(20).returned(0).task(100).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentCounts {

  AssessmentCounts() {}

  /** @return men liable to register */
  public abstract long liable();

  /** @return men registered for military service */
  public abstract long registered();

  /** @return applicants */
  public abstract long applicants();

  /** @return applicants who reported for the physical examination */
  public abstract long examined();

  /** @return applicants who passed the physical examination */
  public abstract long physicalPassed();

  /** @return applicants who passed the political assessment */
  public abstract long politicalPassed();

  /** @return double-qualified candidates */
  public abstract long doubleQualified();

  /** @return recruits approved */
  public abstract long approved();

  /** @return college students approved, graduates included */
  public abstract long collegeApproved();

  /** @return college graduates approved */
  public abstract long graduatesApproved();

  /** @return recruits of the period who were returned */
  public abstract long returned();

  /** @return the conscription task, in places */
  public abstract long task();

  /**
   * Returns a count by its enumeration constant; {@link AssessmentCount#RETAINED} is approved less returned.
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
      case PHYSICAL_PASSED:
        return physicalPassed();
      case POLITICAL_PASSED:
        return politicalPassed();
      case DOUBLE_QUALIFIED:
        return doubleQualified();
      case APPROVED:
        return approved();
      case COLLEGE_APPROVED:
        return collegeApproved();
      case GRADUATES_APPROVED:
        return graduatesApproved();
      case RETURNED:
        return returned();
      case RETAINED:
        return approved() - returned();
      default:
        return task();
    }
  }

  /**
   * Returns the sum of these counts and another's, count by count.
   *
   * @param other  the other counts, not null
   * @return the sum, never null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public AssessmentCounts plus(AssessmentCounts other) {
    return builder().liable(Math.addExact(liable(), other.liable()))
        .registered(Math.addExact(registered(), other.registered()))
        .applicants(Math.addExact(applicants(), other.applicants()))
        .examined(Math.addExact(examined(), other.examined()))
        .physicalPassed(Math.addExact(physicalPassed(), other.physicalPassed()))
        .politicalPassed(Math.addExact(politicalPassed(), other.politicalPassed()))
        .doubleQualified(Math.addExact(doubleQualified(), other.doubleQualified()))
        .approved(Math.addExact(approved(), other.approved()))
        .collegeApproved(Math.addExact(collegeApproved(), other.collegeApproved()))
        .graduatesApproved(Math.addExact(graduatesApproved(), other.graduatesApproved()))
        .returned(Math.addExact(returned(), other.returned()))
        .task(Math.addExact(task(), other.task())).build();
  }

  @Value.Check
  void check() {
    checkCounts(this::count, true, (c, problem) -> new IllegalArgumentException("count " + problem));
  }

  /**
   * Checks the rules of the class on counts read through a function, the returned count included if asked; the
   * first broken rule is thrown, made by {@code error} from the offending count and a message naming the rule and
   * the values.
   */
  static void checkCounts(ToLongFunction<AssessmentCount> count, boolean withReturns,
      BiFunction<AssessmentCount, String, ? extends RuntimeException> error) {
    for (AssessmentCount c : AssessmentCount.values()) {
      if (c == AssessmentCount.RETAINED || (c == AssessmentCount.RETURNED && !withReturns)) {
        continue;
      }
      long v = count.applyAsLong(c);
      if (v < 0) {
        throw error.apply(c, c.key() + " must be >= 0, but was " + v);
      }
    }
    requireAtMost(count, AssessmentCount.EXAMINED, AssessmentCount.APPLICANTS, error);
    requireAtMost(count, AssessmentCount.PHYSICAL_PASSED, AssessmentCount.EXAMINED, error);
    requireAtMost(count, AssessmentCount.POLITICAL_PASSED, AssessmentCount.APPLICANTS, error);
    requireAtMost(count, AssessmentCount.DOUBLE_QUALIFIED, AssessmentCount.PHYSICAL_PASSED, error);
    requireAtMost(count, AssessmentCount.DOUBLE_QUALIFIED, AssessmentCount.POLITICAL_PASSED, error);
    requireAtMost(count, AssessmentCount.APPROVED, AssessmentCount.DOUBLE_QUALIFIED, error);
    requireAtMost(count, AssessmentCount.COLLEGE_APPROVED, AssessmentCount.APPROVED, error);
    requireAtMost(count, AssessmentCount.GRADUATES_APPROVED, AssessmentCount.COLLEGE_APPROVED, error);
    if (withReturns) {
      requireAtMost(count, AssessmentCount.RETURNED, AssessmentCount.APPROVED, error);
    }
  }

  static void requireAtMost(ToLongFunction<AssessmentCount> count, AssessmentCount part, AssessmentCount whole,
      BiFunction<AssessmentCount, String, ? extends RuntimeException> error) {
    long p = count.applyAsLong(part);
    long w = count.applyAsLong(whole);
    if (p > w) {
      throw error.apply(part, part.key() + " must not exceed " + whole.key() + ", but was " + p + " > " + w);
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
