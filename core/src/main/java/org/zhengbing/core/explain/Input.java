package org.zhengbing.core.explain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named input of an explanation step: a figure the caller gave, an earlier step's result, or a resolved
 * parameter value with its {@link Provenance}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Input {

  Input() {}

  /**
   * Returns the input's name, used by renderers to place it in the step's sentence, such as {@code base}.
   *
   * @return the name, never null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  @Value.Parameter
  public abstract Datum value();

  /**
   * Returns where a parameter value came from; empty for a figure the caller gave or a computed one.
   *
   * @return the provenance, if the input is a parameter
   */
  @Value.Parameter
  public abstract Optional<Provenance> provenance();

  /**
   * Obtains an input given by the caller or computed.
   *
   * @param name  the name, not null
   * @param value  the value, not null
   * @return the input, never null
   */
  public static Input of(String name, Datum value) {
    return ImmutableInput.of(name, value, Optional.empty());
  }

  /**
   * Obtains an input that is a resolved parameter value.
   *
   * @param name  the name, not null
   * @param value  the value, not null
   * @param provenance  where it came from, not null
   * @return the input, never null
   */
  public static Input of(String name, Datum value, Provenance provenance) {
    return ImmutableInput.of(name, value, Optional.of(provenance));
  }
}
