package org.zhengbing.core.param;

import java.util.Optional;
import org.immutables.value.Value;
import org.zhengbing.core.explain.LocalizedText;

/**
 * What a parameter is: its key, type, unit and bilingual label.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterDefinition {

  ParameterDefinition() {}

  /**
   * Returns the dotted key, such as {@code family_payment.annual_standard}.
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * Returns the type.
   *
   * @return the type, never null
   */
  public abstract ParameterType type();

  /**
   * Returns the unit, such as {@code CNY/year}, {@code days} or {@code points}.
   *
   * @return the unit, if any
   */
  public abstract Optional<String> unit();

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns a longer description.
   *
   * @return the description, if any
   */
  public abstract Optional<LocalizedText> description();

  @Value.Check
  void check() {
    ParameterKey.checkName(key());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterDefinition}. */
  public static final class Builder extends ImmutableParameterDefinition.Builder {
    Builder() {}
  }
}
