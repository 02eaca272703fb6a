package org.zhengbing.policy.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;

/** Finds an enum constant by its lower-case key, for the profile enums' {@code ofKey}. Not an API. */
public final class KeyedConstants {

  private KeyedConstants() {}

  /**
   * Returns the constant whose key equals the given key.
   *
   * @param <E> the enum type
   * @param values  the enum's constants
   * @param keyOf  the key of a constant
   * @param key  the key looked for, not null
   * @return the constant, or empty if none has that key
   */
  public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> keyOf, String key) {
    checkNotNull(key, "key");
    for (E v : values) {
      if (keyOf.apply(v).equals(key)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
