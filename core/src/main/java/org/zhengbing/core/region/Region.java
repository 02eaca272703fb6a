package org.zhengbing.core.region;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A named administrative region in a {@link RegionCatalog}: its code and its Chinese name, such as
 * {@code 500116 江津区}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Region {

  private final RegionCode code;
  private final String name;

  private Region(RegionCode code, String name) {
    this.code = code;
    this.name = name;
  }

  /**
   * Obtains a region.
   *
   * @param code  the code, not null
   * @param name  the name, not blank
   * @return the region, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Region of(RegionCode code, String name) {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "region name must not be blank, but was '%s' for %s", name, code);
    return new Region(code, name);
  }

  /**
   * Returns the code.
   *
   * @return the code, never null
   */
  public RegionCode code() {
    return code;
  }

  /**
   * Returns the Chinese name, such as {@code 江津区}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the level of the region.
   *
   * @return the level, never null
   */
  public AdminLevel level() {
    return code.level();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Region && ((Region) obj).code.equals(code) && ((Region) obj).name.equals(name);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
