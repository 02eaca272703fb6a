package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.region.RegionCode;

/**
 * Places settled before a region's task is apportioned to its children (征兵工作条例 2023 Art 5): a task assigned
 * directly to a university (对普通高等学校直接分配征兵任务), carved out of a region's task, or a disaster-area
 * adjustment (对受灾地区调整征兵任务) that fixes one region's task, the rest going to its siblings.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class DirectAllocation {

  /** The kinds of direct allocation. */
  public enum Kind {
    /** A task assigned directly to a university, carved out of a region's task. */
    UNIVERSITY,
    /** A disaster-area adjustment: the region's task is fixed, not apportioned by weight. */
    DISASTER_AREA_ADJUSTMENT;

    /**
     * Returns the key used in explanations, such as {@code university}.
     *
     * @return the key, never null
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;
  private final @Nullable RegionCode region;
  private final UnitKey recipient;
  private final int places;

  private DirectAllocation(Kind kind, @Nullable RegionCode region, UnitKey recipient, int places) {
    this.kind = kind;
    this.region = region;
    this.recipient = recipient;
    this.places = places;
  }

  /**
   * Obtains a task assigned directly to a university, carved out of a region's task.
   *
   * @param region  the region whose task the places come from, not null
   * @param university  the university's name, not blank
   * @param places  the places, {@code >= 0}
   * @return the allocation, never null
   * @throws IllegalArgumentException if the places are negative or the name blank
   */
  public static DirectAllocation toUniversity(RegionCode region, String university, int places) {
    checkNotNull(region, "region");
    checkArgument(places >= 0, "direct allocation to %s must be >= 0 places, but was %s", university, places);
    return new DirectAllocation(Kind.UNIVERSITY, region, UnitKey.of(university), places);
  }

  /**
   * Obtains a task assigned directly to a university out of the national task (the root of a national tree).
   *
   * @param university  the university's name, not blank
   * @param places  the places, {@code >= 0}
   * @return the allocation, never null
   * @throws IllegalArgumentException if the places are negative or the name blank
   */
  public static DirectAllocation toUniversityNationally(String university, int places) {
    checkArgument(places >= 0, "direct allocation to %s must be >= 0 places, but was %s", university, places);
    return new DirectAllocation(Kind.UNIVERSITY, null, UnitKey.of(university), places);
  }

  /**
   * Obtains a disaster-area adjustment: the area's task is fixed at a number of places.
   *
   * @param area  the area, not null
   * @param places  its task, {@code >= 0}
   * @return the allocation, never null
   * @throws IllegalArgumentException if the places are negative
   */
  public static DirectAllocation forDisasterArea(RegionCode area, int places) {
    checkNotNull(area, "area");
    checkArgument(places >= 0, "task of disaster area %s must be >= 0 places, but was %s", area, places);
    return new DirectAllocation(Kind.DISASTER_AREA_ADJUSTMENT, area, UnitKey.of(area), places);
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the region: for a university, the region whose task the places come from (empty for the nation); for a
   * disaster area, the area.
   *
   * @return the region, or empty for the nation
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Returns who receives the places: the university, or the disaster area.
   *
   * @return the recipient, never null
   */
  public UnitKey recipient() {
    return recipient;
  }

  /**
   * Returns the places.
   *
   * @return the places, {@code >= 0}
   */
  public int places() {
    return places;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof DirectAllocation)) {
      return false;
    }
    DirectAllocation o = (DirectAllocation) obj;
    return kind == o.kind && java.util.Objects.equals(region, o.region) && recipient.equals(o.recipient)
        && places == o.places;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, region, recipient, places);
  }

  @Override
  public String toString() {
    return kind.key() + " " + recipient + (kind == Kind.UNIVERSITY ? " from " + (region == null ? "national"
        : region) : "") + ": " + places;
  }
}
