package org.zhengbing.core.assess;

import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * A run of consecutive seasons (连续季度) in which a unit's record met a condition, such as zero returns
 * (连续三季实现零退兵). Seasons are consecutive when each follows the one before ({@link ConscriptionTerm#next()});
 * a season without a record breaks the run.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Streak {

  Streak() {}

  /** @return the number of seasons, {@code >= 0} */
  public abstract int length();

  /** @return the first season of the run, empty if the run is empty */
  public abstract Optional<ConscriptionTerm> first();

  /** @return the last season of the run, empty if the run is empty */
  public abstract Optional<ConscriptionTerm> last();

  @Value.Check
  void check() {
    if ((length() == 0) != first().isEmpty() || first().isEmpty() != last().isEmpty()) {
      throw new IllegalArgumentException("a streak has first and last seasons exactly when its length is above 0, "
          + "but was " + length() + " " + first() + " " + last());
    }
  }

  static Streak empty() {
    return ImmutableStreak.builder().length(0).build();
  }

  static Streak of(int length, ConscriptionTerm first, ConscriptionTerm last) {
    return ImmutableStreak.builder().length(length).first(first).last(last).build();
  }
}
