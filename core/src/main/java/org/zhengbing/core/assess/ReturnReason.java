package org.zhengbing.core.assess;

import java.util.Locale;

/** Why a recruit was returned (退兵原因), as 征兵工作条例 Art 49 distinguishes them, with every other reason apart. */
public enum ReturnReason {
  /** Unfit on health grounds (身体原因). */
  PHYSICAL("身体原因"),
  /** Unfit on political grounds (政治原因). */
  POLITICAL("政治原因"),
  /** Any other reason (其他原因). */
  OTHER("其他原因");

  private final String chineseName;

  ReturnReason(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name, such as {@code 身体原因}.
   *
   * @return the name, never null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the key used in record files, such as {@code physical}.
   *
   * @return the key, never null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
