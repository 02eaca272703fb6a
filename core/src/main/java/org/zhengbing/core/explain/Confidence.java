package org.zhengbing.core.explain;

/**
 * How well a parameter value is sourced, from a primary legal text down to a figure nobody could source.
 *
 * <p>Ordered from strongest to weakest: {@code a.compareTo(b) < 0} means {@code a} is better sourced.
 */
public enum Confidence {
  /** A primary legal text, read in full (法律、行政法规原文). */
  LEGAL_TEXT("法律法规原文"),
  /** An official notice or official news, possibly relayed by another official outlet (官方通知、官方发布). */
  OFFICIAL_NOTICE("官方通知"),
  /** A report by a secondary outlet, or several agreeing secondary sources (转载报道). */
  SECONDARY_REPORT("转载报道"),
  /** A local or older document, such as a district notice (地方文件). */
  LOCAL_DOCUMENT("地方文件"),
  /** A figure that is not sourced well enough to be presented as official: for illustration only (示例数据). */
  ILLUSTRATIVE("示例数据，非官方");

  private final String chineseName;

  Confidence(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns true for {@link #ILLUSTRATIVE}: results resting on such a value must say so.
   *
   * @return whether the value is illustrative
   */
  public boolean isIllustrative() {
    return this == ILLUSTRATIVE;
  }

  /**
   * Returns the weaker of two confidences.
   *
   * @param other  the other confidence, not null
   * @return the weaker, never null
   */
  public Confidence weakest(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
