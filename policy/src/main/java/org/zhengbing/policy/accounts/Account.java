package org.zhengbing.policy.accounts;

/**
 * The three accounts (三本账) of a statement, in the order a statement shows them.
 */
public enum Account {
  /** The political account (政治账): honours, rights and what refusing service costs. */
  POLITICAL("political", "政治账"),
  /** The growth account (成长账): study, examinations and training. */
  GROWTH("growth", "成长账"),
  /** The economic account (经济账): the payments, their schedules and totals. */
  ECONOMIC("economic", "经济账");

  private final String key;
  private final String chineseName;

  Account(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the key used in JSON and resource bundles, such as {@code political}.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }
}
