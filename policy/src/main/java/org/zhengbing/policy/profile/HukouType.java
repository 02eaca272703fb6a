package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * Whether a family's household registration is urban or rural (户籍性质), for the older formulas that still tell
 * them apart.
 *
 * <p>The keys are the constants of the policy enumeration {@code hukou_type}.
 */
public enum HukouType {
  /** Urban household registration (城镇户籍). */
  URBAN("urban", "城镇"),
  /** Rural household registration (农村户籍). */
  RURAL("rural", "农村");

  private final String key;
  private final String chineseName;

  HukouType(String key, String chineseName) {
    this.key = key;
    this.chineseName = chineseName;
  }

  /**
   * Returns the lower-case key used in profile JSON and the constant of the policy enumeration {@code hukou_type}.
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
   * @param key  the key, such as {@code "rural"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<HukouType> ofKey(String key) {
    return KeyedConstants.find(values(), HukouType::key, key);
  }
}
