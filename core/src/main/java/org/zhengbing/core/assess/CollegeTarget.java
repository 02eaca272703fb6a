package org.zhengbing.core.assess;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.money.Rate;

/**
 * The minimum number of college students (大学生) a unit's quota implies under a share target, with its explanation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CollegeTarget {

  CollegeTarget() {}

  /**
   * Returns the quota the target applies to.
   *
   * @return the quota, {@code >= 0}
   */
  public abstract long quota();

  /**
   * Returns the share target.
   *
   * @return the share, never null
   */
  public abstract Rate share();

  /**
   * Returns the minimum number of college students: {@code quota × share}, rounded up.
   *
   * @return the minimum, {@code >= 0}
   */
  public abstract long minimumCollegeStudents();

  /**
   * Returns the explanation; its result is the minimum.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    explanation().requireResult(Datum.of(minimumCollegeStudents()));
  }

  static CollegeTarget of(long quota, Rate share, long minimum, Explanation explanation) {
    return ImmutableCollegeTarget.builder().quota(quota).share(share).minimumCollegeStudents(minimum)
        .explanation(explanation).build();
  }
}
