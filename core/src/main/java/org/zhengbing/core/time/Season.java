package org.zhengbing.core.time;

/**
 * One of the two conscription seasons of a year since the 2020 reform (两征两退).
 */
public enum Season {
  /** The first-half season (上半年征兵), mid-February to the end of March. */
  SPRING("上半年"),
  /** The second-half season (下半年征兵), mid-August to the end of September. */
  AUTUMN("下半年");

  private final String chineseName;

  Season(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name, {@code 上半年} or {@code 下半年}.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the lower-case key used in parameter names, {@code spring} or {@code autumn}.
   *
   * @return the key, never null
   */
  public String key() {
    return this == SPRING ? "spring" : "autumn";
  }

  /**
   * Returns the other season.
   *
   * @return the other season, never null
   */
  public Season other() {
    return this == SPRING ? AUTUMN : SPRING;
  }
}
