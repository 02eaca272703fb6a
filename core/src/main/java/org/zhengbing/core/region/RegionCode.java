package org.zhengbing.core.region;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The code of an administrative region: a six-digit GB/T 2260 code for a province, prefecture or county, or a
 * National Bureau of Statistics code of nine digits for a township and twelve digits for a village
 * (统计用区划代码).
 *
 * <p>The {@link AdminLevel} is derived from the code: {@code 500000} is a province, {@code 500100} a prefecture,
 * {@code 500116} a county, {@code 500116001} a township, {@code 500116001001} a village. {@link #parent()} walks up
 * by the code's structure. A township of a prefecture-level city without counties (东莞、中山、儋州) has the
 * prefecture as its parent, as in the statistical codes.
 *
 * <p>The text form is the code's digits, which {@link #of(String)} reads back.
 *
 * <p>This class is immutable and thread-safe. It is value-based: do not use identity-sensitive operations on it.
 */
public final class RegionCode implements Comparable<RegionCode> {

  /** The two-digit province prefixes of GB/T 2260, including Taiwan (71), Hong Kong (81) and Macao (82). */
  private static final boolean[] PROVINCES = new boolean[100];

  static {
    int[] valid = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
        53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int p : valid) {
      PROVINCES[p] = true;
    }
  }

  private final long value;
  private final AdminLevel level;

  private RegionCode(long value, AdminLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Obtains a region code from its digits.
   *
   * @param code  the code: 6, 9 or 12 digits, not null
   * @return the region code, never null
   * @throws IllegalArgumentException if the code is not a well-formed region code: wrong length, not digits,
   *     an unknown province prefix, or a county part without a prefecture part
   */
  public static RegionCode of(String code) {
    checkNotNull(code, "code");
    int length = code.length();
    if (length != 6 && length != 9 && length != 12) {
      throw invalid(code, "it must have 6, 9 or 12 digits");
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(code, "it must contain only the digits 0-9");
      }
      value = value * 10 + (c - '0');
    }
    return validated(value, length, code);
  }

  /**
   * Obtains a region code from its digits, if they form a valid code.
   *
   * @param code  the candidate code, not null
   * @return the region code, or empty if the text is not a valid code
   */
  public static Optional<RegionCode> tryParse(String code) {
    checkNotNull(code, "code");
    try {
      return Optional.of(of(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static RegionCode validated(long value, int length, String text) {
    long six = length == 6 ? value : length == 9 ? value / 1000 : value / 1_000_000;
    int province = (int) (six / 10000);
    int prefecture = (int) (six / 100 % 100);
    int county = (int) (six % 100);
    if (!PROVINCES[province]) {
      throw invalid(text, "its province prefix " + pad(province, 2) + " is not a GB/T 2260 province");
    }
    if (prefecture == 0 && county != 0) {
      throw invalid(text, "a county part needs a prefecture part, but digits 3-4 are 00");
    }
    if (length == 6) {
      AdminLevel level = prefecture == 0 ? AdminLevel.PROVINCE
          : county == 0 ? AdminLevel.PREFECTURE : AdminLevel.COUNTY;
      return new RegionCode(value, level);
    }
    if (prefecture == 0) {
      throw invalid(text, "a township or village must lie in a prefecture or county, but digits 3-6 are 0000");
    }
    // township and village number 000 occur in the NBS tables as placeholders, such as 350527000 金门县 and its
    // village 350527000000, so they are valid codes
    if (length == 9) {
      return new RegionCode(value, AdminLevel.TOWNSHIP);
    }
    return new RegionCode(value, AdminLevel.VILLAGE);
  }

  private static IllegalArgumentException invalid(String code, String why) {
    return new IllegalArgumentException("region code must be a valid GB/T 2260 or NBS code, but was '" + code
        + "': " + why);
  }

  private static String pad(long v, int width) {
    StringBuilder s = new StringBuilder(Long.toString(v));
    while (s.length() < width) {
      s.insert(0, '0');
    }
    return s.toString();
  }

  /**
   * Returns the administrative level, derived from the code.
   *
   * @return the level, never null
   */
  public AdminLevel level() {
    return level;
  }

  /**
   * Returns the region one level up: a village's township, a township's county (or prefecture-level city), a
   * county's prefecture, a prefecture's province.
   *
   * @return the parent, or empty for a province
   */
  public Optional<RegionCode> parent() {
    switch (level) {
      case PROVINCE:
        return Optional.empty();
      case PREFECTURE:
        return Optional.of(new RegionCode(value / 10000 * 10000, AdminLevel.PROVINCE));
      case COUNTY:
        return Optional.of(new RegionCode(value / 100 * 100, AdminLevel.PREFECTURE));
      case TOWNSHIP: {
        long six = value / 1000;
        return Optional.of(new RegionCode(six, six % 100 == 0 ? AdminLevel.PREFECTURE : AdminLevel.COUNTY));
      }
      case VILLAGE:
        return Optional.of(new RegionCode(value / 1000, AdminLevel.TOWNSHIP));
      default:
        throw new AssertionError(level);
    }
  }

  /**
   * Returns the province this region lies in (the region itself for a province).
   *
   * @return the province code, never null
   */
  public RegionCode province() {
    long six = level.codeLength() == 6 ? value : level == AdminLevel.TOWNSHIP ? value / 1000 : value / 1_000_000;
    return new RegionCode(six / 10000 * 10000, AdminLevel.PROVINCE);
  }

  /**
   * Returns true if the other region is this region or lies within it.
   *
   * @param other  the region to test, not null
   * @return whether this region contains the other
   */
  public boolean contains(RegionCode other) {
    checkNotNull(other, "other");
    RegionCode r = other;
    while (true) {
      if (r.equals(this)) {
        return true;
      }
      Optional<RegionCode> p = r.parent();
      if (p.isEmpty()) {
        return false;
      }
      r = p.get();
    }
  }

  /**
   * Returns the code as a number, for compact storage and fast comparison.
   *
   * @return the code's digits as a number
   */
  public long toLong() {
    return value;
  }

  @Override
  public int compareTo(RegionCode other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RegionCode)) {
      return false;
    }
    RegionCode o = (RegionCode) obj;
    return value == o.value && level.codeLength() == o.level.codeLength();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 31 + level.codeLength();
  }

  /**
   * Returns the code's digits, such as {@code "500116"}.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return pad(value, level.codeLength());
  }
}
