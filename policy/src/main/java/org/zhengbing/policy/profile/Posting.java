package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * Where a recruit is posted, for the uplifts and rewards some regions give for hardship postings (服役地区).
 *
 * <p>The keys are the constants of the policy enumeration {@code posting}.
 */
public enum Posting {
  /** An ordinary posting (一般地区). */
  ORDINARY("ordinary", "一般地区"),
  /** Tibet or Xinjiang (西藏、新疆), the plateau postings local policies name. */
  TIBET_XINJIANG("tibet_xinjiang", "西藏、新疆"),
  /** Another remote or hardship area (其他艰苦边远地区). */
  OTHER_HARDSHIP("other_hardship", "其他艰苦边远地区");

  private final String key;
  private final String chineseName;

  Posting(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON and the constant of the policy enumeration {@code posting}.
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

  /**
   * Finds the constant with a key.
   *
   * @param key  the key, such as {@code "tibet_xinjiang"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<Posting> ofKey(String key) {
    return KeyedConstants.find(values(), Posting::key, key);
  }
}
