package org.zhengbing.core.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.immutables.value.Value;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * Recruits returned (退兵) for one reason, as recorded in a unit's season record: how many, and the season they had
 * been approved in. The return counts in the return rate of that season of approval.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecordedReturn {

  RecordedReturn() {}

  /** @return the season the returned recruits were approved in */
  public abstract ConscriptionTerm approvedIn();

  /** @return the reason */
  public abstract ReturnReason reason();

  /** @return how many recruits, {@code >= 1} */
  public abstract long count();

  /**
   * Obtains a return.
   *
   * @param approvedIn  the season of approval, not null
   * @param reason  the reason, not null
   * @param count  how many, {@code >= 1}
   * @return the return, never null
   * @throws IllegalArgumentException if the count is below 1
   */
  public static RecordedReturn of(ConscriptionTerm approvedIn, ReturnReason reason, long count) {
    checkNotNull(approvedIn, "approvedIn");
    checkNotNull(reason, "reason");
    checkArgument(count >= 1, "returned count must be >= 1, but was %s", count);
    return ImmutableRecordedReturn.builder().approvedIn(approvedIn).reason(reason).count(count).build();
  }
}
