package org.zhengbing.core.explain;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.region.RegionScope;

/**
 * Where a resolved parameter value came from: its key, the region scope it was set for, the dates it is in force,
 * its citation and confidence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance {

  Provenance() {}

  /**
   * Returns the parameter key, such as {@code family_payment.annual_standard}.
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * Returns the region scope the value was set for; the most specific scope covering the asked region wins.
   *
   * @return the scope, never null
   */
  public abstract RegionScope scope();

  /**
   * Returns the first day the value is in force.
   *
   * @return the date, never null
   */
  public abstract LocalDate effectiveFrom();

  /**
   * Returns the first day the value is no longer in force, if it ends.
   *
   * @return the exclusive end, or empty if open-ended
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Returns the citation.
   *
   * @return the citation, never null
   */
  public abstract Citation citation();

  /**
   * Returns the confidence in the value.
   *
   * @return the confidence, never null
   */
  public abstract Confidence confidence();

  /**
   * Returns where the value was read, such as {@code chengdu-2018.yaml:12:9}; not part of equality.
   *
   * @return the origin, if known
   */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  @Value.Check
  void check() {
    if (effectiveUntil().isPresent() && !effectiveUntil().get().isAfter(effectiveFrom())) {
      throw new IllegalArgumentException("provenance of " + key() + ": effective end must be after its start, "
          + "but was " + effectiveFrom() + " until " + effectiveUntil().get());
    }
  }

  /**
   * Returns the dates the value is in force, as a closed-open range.
   *
   * @return the range, never null
   */
  public Range<LocalDate> effective() {
    return effectiveUntil().isPresent() ? Range.closedOpen(effectiveFrom(), effectiveUntil().get())
        : Range.atLeast(effectiveFrom());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
