package org.zhengbing.core.assess;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;

/**
 * A unit's record for one conscription season (征兵季度工作记录): a township's, a county's or a university's counts
 * from registration to approval, the task, and the returns recorded in the season with their reasons and the season
 * each returned recruit had been approved in.
 *
 * <p>The counts obey the rules of {@link AssessmentCounts} (every count {@code >= 0}, approved at most
 * double-qualified, and so on); a return must not name a season after the record's own. A broken rule is an {@link
 * InvalidRecordException} naming the unit, the season and the field. Rules across records (returns above the
 * approved of their season, registered above liable) are checked by {@link RecordAssessor}.
 *
 * <pre>{@code
 * SeasonRecord r = SeasonRecord.builder().unit("石门镇").region(RegionCode.of("500116")).season(term)
 *     .liable(120).registered(120).applicants(60).examined(30).physicalPassed(20).politicalPassed(58)
 *     .doubleQualified(18).approved(10).collegeApproved(6).graduatesApproved(2).task(10).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeasonRecord {

  SeasonRecord() {}

  /** @return the unit's name, as it is known in the district (a township, a university) */
  public abstract String unit();

  /** @return the unit's region, whose policy applies */
  public abstract RegionCode region();

  /** @return the season */
  public abstract ConscriptionTerm season();

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

  /** @return the conscription task, in places */
  public abstract long task();

  /** @return the returns recorded in this season, in the order given */
  public abstract ImmutableList<RecordedReturn> returns();

  /**
   * Returns a count by its enumeration constant.
   *
   * @param count  the count, not {@link AssessmentCount#RETURNED} or {@link AssessmentCount#RETAINED} (those depend
   *     on other seasons' records), not null
   * @return the value
   * @throws IllegalArgumentException for {@code RETURNED} or {@code RETAINED}
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
      case TASK:
        return task();
      default:
        throw new IllegalArgumentException("count must be one a season record holds, but was " + count.key());
    }
  }

  /**
   * Returns the returns recorded in this season by reason, every reason present (0 when none).
   *
   * @return the counts by reason, in {@link ReturnReason} order, never null
   */
  public ImmutableMap<ReturnReason, Long> returnsByReason() {
    Map<ReturnReason, Long> m = new EnumMap<>(ReturnReason.class);
    for (ReturnReason r : ReturnReason.values()) {
      m.put(r, 0L);
    }
    for (RecordedReturn r : returns()) {
      m.merge(r.reason(), r.count(), Math::addExact);
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * Returns the counts of this record as period counts, with the returns of its recruits given.
   *
   * @param returnedOfThisSeason  the recruits approved in this season who were returned, in any season
   * @return the counts, never null
   * @throws IllegalArgumentException if the returns exceed the approved
   */
  AssessmentCounts counts(long returnedOfThisSeason) {
    return AssessmentCounts.builder().liable(liable()).registered(registered()).applicants(applicants())
        .examined(examined()).physicalPassed(physicalPassed()).politicalPassed(politicalPassed())
        .doubleQualified(doubleQualified()).approved(approved()).collegeApproved(collegeApproved())
        .graduatesApproved(graduatesApproved()).returned(returnedOfThisSeason).task(task()).build();
  }

  @Value.Check
  void check() {
    if (unit().isBlank()) {
      throw new InvalidRecordException("''", season(), "unit", "unit must not be blank, but was '" + unit() + "'");
    }
    AssessmentCounts.checkCounts(this::count, false,
        (c, problem) -> new InvalidRecordException(unit(), season(), c.key(), problem));
    for (RecordedReturn r : returns()) {
      if (r.approvedIn().compareTo(season()) > 0) {
        throw new InvalidRecordException(unit(), season(), "returned_approved_in", "a return must name a season "
            + "of approval not after the season it is recorded in, but was " + r.approvedIn());
      }
    }
  }

  /**
   * Returns a new builder; every field but the returns must be set.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SeasonRecord}. */
  public static final class Builder extends ImmutableSeasonRecord.Builder {
    Builder() {}
  }
}
