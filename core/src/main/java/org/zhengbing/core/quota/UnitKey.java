package org.zhengbing.core.quota;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.region.RegionCode;

/**
 * The key of a unit that receives places: a region (区域, by its code) or any other named unit such as a university
 * that receives a direct allocation (直接分配任务的高校).
 *
 * <p>Keys are ordered by their text: region keys of one level in code order. The declared tie rule of
 * {@link QuotaApportioner} uses this order after the weights.
 *
 * <p>The text form is the region's code or the name, which {@link #of(String)} reads back (a text that is a valid
 * region code becomes a region key).
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class UnitKey implements Comparable<UnitKey> {

  private final String text;
  private final @Nullable RegionCode region;

  private UnitKey(String text, @Nullable RegionCode region) {
    this.text = text;
    this.region = region;
  }

  /**
   * Obtains the key of a region.
   *
   * @param region  the region's code, not null
   * @return the key, never null
   */
  public static UnitKey of(RegionCode region) {
    checkNotNull(region, "region");
    return new UnitKey(region.toString(), region);
  }

  /**
   * Obtains a key from its text: a region code becomes a region key, anything else a named unit.
   *
   * @param text  the code or name, not blank, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the text is blank
   */
  public static UnitKey of(String text) {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "unit key must not be blank, but was '%s'", text);
    return new UnitKey(text, RegionCode.tryParse(text).orElse(null));
  }

  /**
   * Returns the region, if this key names one.
   *
   * @return the region's code, or empty for a named unit
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Compares keys by their text.
   *
   * @param other  the other key, not null
   * @return negative, zero or positive as this key sorts before, with or after the other
   */
  @Override
  public int compareTo(UnitKey other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof UnitKey && ((UnitKey) obj).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the region's code or the unit's name.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }
}
