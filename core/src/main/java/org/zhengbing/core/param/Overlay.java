package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.region.RegionScope;

/**
 * A set of what-if values to put in force over a {@link PolicyBook}, each for a period and a region scope:
 * "what if Chengdu raised its family payment to 15,000 from 2027?".
 *
 * <pre>{@code
 * PolicyBook whatIf = book.with(Overlay.builder()
 *     .put("family_payment.annual_standard", RegionScope.parse("510100"), LocalDate.of(2027, 1, 1), null,
 *         Datum.of(Cny.ofYuan(15000)), Citation.of("what-if: proposed standard"), Confidence.ILLUSTRATIVE)
 *     .build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Overlay {

  private final ImmutableList<ParameterEntry> entries;

  private Overlay(ImmutableList<ParameterEntry> entries) {
    this.entries = entries;
  }

  /**
   * Returns the values to put in force.
   *
   * @return the entries, never null
   */
  public ImmutableList<ParameterEntry> entries() {
    return entries;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Overlay" + entries;
  }

  /** Builds an {@link Overlay}. Not thread-safe. */
  public static final class Builder {
    private final List<ParameterEntry> entries = new ArrayList<>();

    Builder() {}

    /**
     * Puts a value in force.
     *
     * @param key  the parameter key, not null
     * @param scope  the region scope, not null
     * @param effectiveFrom  the first day in force, not null
     * @param effectiveUntil  the first day no longer in force, or null for open-ended
     * @param value  the value, not null
     * @param citation  why: the proposal or scenario, not null
     * @param confidence  the confidence, not null
     * @return this builder
     * @throws IllegalArgumentException if the end is not after the start
     */
    public Builder put(String key, RegionScope scope, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
        Datum value, Citation citation, Confidence confidence) {
      ParameterKey.checkName(key);
      checkNotNull(value, "value");
      Provenance.Builder p = Provenance.builder().key(key).scope(scope).effectiveFrom(effectiveFrom)
          .citation(citation).confidence(confidence).origin("overlay");
      if (effectiveUntil != null) {
        p.effectiveUntil(effectiveUntil);
      }
      entries.add(ParameterEntry.of(value, p.build()));
      return this;
    }

    /**
     * Builds the overlay.
     *
     * @return the overlay, never null
     */
    public Overlay build() {
      return new Overlay(ImmutableList.copyOf(entries));
    }
  }
}
