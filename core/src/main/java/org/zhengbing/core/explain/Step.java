package org.zhengbing.core.explain;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an {@link Explanation}: the rule applied, its inputs, its result, the citation of the rule and any
 * rounding made.
 *
 * <p>The rule key names the step for renderers (a resource bundle holds one sentence per key) and for tests, such
 * as {@code family_payment.uplift}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {

  Step() {}

  /**
   * Returns the rule key, such as {@code family_payment.uplift}.
   *
   * @return the key, never null
   */
  public abstract String rule();

  /**
   * Returns the inputs, in order.
   *
   * @return the inputs, never null
   */
  public abstract ImmutableList<Input> inputs();

  /**
   * Returns the step's result.
   *
   * @return the result, never null
   */
  public abstract Datum result();

  /**
   * Returns the citation of the rule this step applies, if it has one beyond its inputs' provenance.
   *
   * @return the citation, if any
   */
  public abstract Optional<Citation> citation();

  /**
   * Returns the rounding made in this step.
   *
   * @return the rounding, if any
   */
  public abstract Optional<Rounding> rounding();

  /**
   * Returns an input by name.
   *
   * @param name  the name, not null
   * @return the input, if present
   */
  public Optional<Input> input(String name) {
    return inputs().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /**
   * Returns the weakest confidence of the parameter values this step uses; empty if it uses none.
   *
   * @return the confidence, if the step uses parameters
   */
  @Value.Lazy
  public Optional<Confidence> confidence() {
    return inputs().stream().flatMap(i -> i.provenance().stream()).map(Provenance::confidence)
        .reduce(Confidence::weakest);
  }

  /**
   * Returns true if the step uses an ILLUSTRATIVE value.
   *
   * @return whether the step is illustrative
   */
  public boolean isIllustrative() {
    return confidence().map(Confidence::isIllustrative).orElse(false);
  }

  @Value.Check
  void check() {
    if (!isRuleKey(rule())) {
      throw new IllegalArgumentException(
          "step rule must be a dotted lower-case key such as 'family_payment.uplift', but was '" + rule() + "'");
    }
  }

  /**
   * Returns true if a text is a dotted lower-case key, {@code [a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*}, checked without a
   * regular expression because every step of every explanation is checked.
   *
   * @param s  the text, not null
   * @return whether the text is a rule key
   */
  static boolean isRuleKey(String s) {
    boolean segmentStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (segmentStart) {
        if (c < 'a' || c > 'z') {
          return false;
        }
        segmentStart = false;
      } else if (c == '.') {
        segmentStart = true;
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return !segmentStart;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }
}
