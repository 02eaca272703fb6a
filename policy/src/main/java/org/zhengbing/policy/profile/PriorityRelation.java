package org.zhengbing.policy.profile;

import java.util.Optional;
import org.zhengbing.policy.internal.KeyedConstants;

/**
 * A family tie that gives priority approval (优先批准服现役; 征兵工作条例 Art 28, 军人抚恤优待条例 Art 40).
 */
public enum PriorityRelation {
  /** No such tie. */
  NONE("none", "无"),
  /** A child or sibling of a martyr, or of a serviceman who died on duty or of illness. */
  MARTYR_OR_FALLEN_RELATIVE("martyr_or_fallen_relative", "烈士、因公牺牲、病故军人的子女、兄弟姐妹"),
  /** A child of a serving member of the forces (现役军人子女). */
  SERVICEMAN_CHILD("serviceman_child", "现役军人子女");

  private final String key;
  private final String chineseName;

  PriorityRelation(String key, String chineseName) {
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
   * @param key  the key, such as {@code "serviceman_child"}, not null
   * @return the constant, or empty if no constant has that key
   */
  public static Optional<PriorityRelation> ofKey(String key) {
    return KeyedConstants.find(values(), PriorityRelation::key, key);
  }
}
