package org.zhengbing.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.region.RegionScope;

/**
 * A brute-force statement of how a parameter resolves, to check {@code PolicyBook}'s index against: it scans the
 * declared entries (as added to the builder, before any effective range is computed) on every call.
 *
 * <p>The rule: among the scopes that cover the region, the most specific one that has a value in force on the date
 * wins. Within a scope, the value in force is the latest one effective on or before the date, unless its explicit
 * end ({@code effectiveUntil}) is on or before the date. A value without an explicit end is in force until the next
 * value of the same key and scope takes effect.
 */
public final class PolicyOracle {

  private PolicyOracle() {}

  /**
   * Finds the entry in force for a region on a date.
   *
   * @param declared  the entries as declared, not null
   * @param key  the parameter key, not null
   * @param region  the region asked about, or null to consider only national values
   * @param date  the date, not null
   * @return the winning entry, or empty if none is in force
   */
  public static Optional<ParameterEntry> resolve(List<ParameterEntry> declared, String key,
      @Nullable RegionCode region, LocalDate date) {
    ParameterEntry best = null;
    for (ParameterEntry candidate : declared) {
      RegionScope scope = candidate.provenance().scope();
      if (!candidate.key().equals(key) || !covers(scope, region)) {
        continue;
      }
      ParameterEntry inForce = inForce(declared, key, scope, date);
      if (inForce != null && (best == null
          || scope.specificity() > best.provenance().scope().specificity())) {
        best = inForce;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Finds the entry of one key and scope in force on a date.
   *
   * @param declared  the entries as declared, not null
   * @param key  the parameter key, not null
   * @param scope  the scope, not null
   * @param date  the date, not null
   * @return the entry, or null if none is in force
   */
  public static @Nullable ParameterEntry inForce(List<ParameterEntry> declared, String key, RegionScope scope,
      LocalDate date) {
    ParameterEntry latest = null;
    for (ParameterEntry e : declared) {
      if (e.key().equals(key) && e.provenance().scope().equals(scope)
          && !e.provenance().effectiveFrom().isAfter(date)
          && (latest == null || e.provenance().effectiveFrom().isAfter(latest.provenance().effectiveFrom()))) {
        latest = e;
      }
    }
    if (latest == null) {
      return null;
    }
    Optional<LocalDate> end = latest.provenance().effectiveUntil();
    return end.isPresent() && !end.get().isAfter(date) ? null : latest;
  }

  /**
   * Returns the first day a declared entry is no longer in force: its explicit end, or else the start of the next
   * value of the same key and scope.
   *
   * @param declared  the entries as declared, not null
   * @param entry  one of them, not null
   * @return the exclusive end, or empty if the entry is in force indefinitely
   */
  public static Optional<LocalDate> until(List<ParameterEntry> declared, ParameterEntry entry) {
    if (entry.provenance().effectiveUntil().isPresent()) {
      return entry.provenance().effectiveUntil();
    }
    LocalDate next = null;
    for (ParameterEntry e : declared) {
      LocalDate from = e.provenance().effectiveFrom();
      if (e.key().equals(entry.key()) && e.provenance().scope().equals(entry.provenance().scope())
          && from.isAfter(entry.provenance().effectiveFrom()) && (next == null || from.isBefore(next))) {
        next = from;
      }
    }
    return Optional.ofNullable(next);
  }

  private static boolean covers(RegionScope scope, @Nullable RegionCode region) {
    return region == null ? scope.isNational() : scope.covers(region);
  }
}
