package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * Why a candidate enlists in a region: hukou, school, or a residence permit (应征地; 征兵工作条例 Art 15).
 */
public enum EnlistmentBasis {
  /** The region of the household registration (户籍所在地). */
  HUKOU("hukou", "户籍所在地"),
  /** The region of the school (学校所在地), for students and new graduates. */
  SCHOOL("school", "学校所在地"),
  /** The region where the candidate holds a residence permit (居住证). */
  RESIDENCE_PERMIT("residence_permit", "经常居住地");

  private final String key;
  private final String chineseName;

  EnlistmentBasis(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON.
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
   * @param key  the key, such as {@code "school"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<EnlistmentBasis> ofKey(String key) {
    return KeyedConstants.find(values(), EnlistmentBasis::key, key);
  }
}
