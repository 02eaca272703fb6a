package org.zhengbing.core.region;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule applies: the whole nation (全国) or one region and everything inside it.
 *
 * <p>The text form is {@code "national"} or the region's code, which {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class RegionScope implements Comparable<RegionScope> {

  /** The national scope: a rule for the whole country. */
  public static final RegionScope NATIONAL = new RegionScope(null);

  private final @Nullable RegionCode region;

  private RegionScope(@Nullable RegionCode region) {
    this.region = region;
  }

  /**
   * Obtains the scope of one region.
   *
   * @param region  the region, not null
   * @return the scope, never null
   */
  public static RegionScope of(RegionCode region) {
    checkNotNull(region, "region");
    return new RegionScope(region);
  }

  /**
   * Parses {@code "national"} or a region code.
   *
   * @param text  the text, not null
   * @return the scope, never null
   * @throws IllegalArgumentException if the text is neither {@code national} nor a valid region code
   */
  public static RegionScope parse(String text) {
    checkNotNull(text, "text");
    if (text.equals("national")) {
      return NATIONAL;
    }
    return of(RegionCode.of(text));
  }

  /**
   * Returns true for the national scope.
   *
   * @return whether the scope is national
   */
  public boolean isNational() {
    return region == null;
  }

  /**
   * Returns the region, unless the scope is national.
   *
   * @return the region, or empty for the national scope
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Returns how specific the scope is: 0 for national, then the region's depth (1 province to 5 village).
   *
   * @return the specificity
   */
  public int specificity() {
    return region == null ? 0 : region.level().depth();
  }

  /**
   * Returns true if a rule of this scope applies in the given region.
   *
   * @param code  the region, not null
   * @return whether the region is inside this scope
   */
  public boolean covers(RegionCode code) {
    checkNotNull(code, "code");
    return region == null || region.contains(code);
  }

  @Override
  public int compareTo(RegionScope other) {
    if (region == null || other.region == null) {
      return Boolean.compare(region != null, other.region != null);
    }
    return region.compareTo(other.region);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RegionScope && java.util.Objects.equals(region, ((RegionScope) obj).region);
  }

  @Override
  public int hashCode() {
    return region == null ? 0 : region.hashCode();
  }

  /**
   * Returns {@code "national"} or the region's code.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    return region == null ? "national" : region.toString();
  }
}
