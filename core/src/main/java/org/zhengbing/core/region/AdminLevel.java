package org.zhengbing.core.region;

/**
 * One of the five administrative levels of the conscription responsibility system (五级征兵责任制): province,
 * prefecture, county, township and village.
 *
 * <p>The level of a {@link RegionCode} is derived from the code alone.
 */
public enum AdminLevel {
  /** Province, autonomous region or municipality (省级). */
  PROVINCE("省级", 6),
  /** Prefecture-level city, prefecture or league (地级); also the 市辖区/县 groups of the municipalities. */
  PREFECTURE("地级", 6),
  /** County, county-level city or city district (县级). */
  COUNTY("县级", 6),
  /** Township, town or street (乡级: 乡、镇、街道). */
  TOWNSHIP("乡级", 9),
  /** Village or residents' committee (村级: 村委会、居委会). */
  VILLAGE("村级", 12);

  private final String chineseName;
  private final int codeLength;

  AdminLevel(String chineseName, int codeLength) {
    this.chineseName = chineseName;
    this.codeLength = codeLength;
  }

  /**
   * Returns the Chinese name of the level, such as {@code 县级}.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the number of digits in a code of this level: 6, 9 or 12.
   *
   * @return the code length
   */
  public int codeLength() {
    return codeLength;
  }

  /**
   * Returns the depth of the level, 1 for a province to 5 for a village.
   *
   * @return the depth
   */
  public int depth() {
    return ordinal() + 1;
  }
}
