package org.zhengbing.core.param;

import com.google.common.collect.ImmutableMap;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.zhengbing.core.explain.LocalizedText;

/**
 * A named enumeration that keys table parameters, such as {@code education_category}, with a bilingual label for
 * each constant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnumDomain {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  EnumDomain() {}

  /**
   * Returns the enumeration's name, such as {@code education_category}.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the enumeration's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the constants with their labels, in declaration order.
   *
   * @return the constants, never null
   */
  public abstract ImmutableMap<String, LocalizedText> constants();

  /**
   * Returns true if the constant belongs to the enumeration.
   *
   * @param constant  the constant, not null
   * @return whether it is a constant of this enumeration
   */
  public boolean contains(String constant) {
    return constants().containsKey(constant);
  }

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException(
          "enumeration name must be lower case letters, digits and '_', but was '" + name() + "'");
    }
    if (constants().isEmpty()) {
      throw new IllegalArgumentException("enumeration " + name() + " must have at least one constant, but had none");
    }
    for (String c : constants().keySet()) {
      if (!NAME.matcher(c).matches()) {
        throw new IllegalArgumentException("constant of enumeration " + name()
            + " must be lower case letters, digits and '_', but was '" + c + "'");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnumDomain}. */
  public static final class Builder extends ImmutableEnumDomain.Builder {
    Builder() {}
  }
}
