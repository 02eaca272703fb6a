package org.zhengbing.core.explain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered steps by which a result was reached. The last step's result is the result: every result type in
 * Zhengbing checks that its value equals {@link #result()} when it is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Explanation {

  Explanation() {}

  /**
   * Returns the steps, in order; never empty.
   *
   * @return the steps, never null
   */
  public abstract ImmutableList<Step> steps();

  @Value.Check
  void check() {
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("explanation must have at least one step, but had none");
    }
  }

  /**
   * Returns the result: the last step's result.
   *
   * @return the result, never null
   */
  public Datum result() {
    return steps().get(steps().size() - 1).result();
  }

  /**
   * Returns every citation used: each step's rule citation and the citations of the parameter values it used, in
   * order of first use.
   *
   * @return the citations, never null
   */
  @Value.Lazy
  public ImmutableSet<Citation> citations() {
    ImmutableSet.Builder<Citation> out = ImmutableSet.builder();
    for (Step s : steps()) {
      s.citation().ifPresent(out::add);
      for (Input i : s.inputs()) {
        i.provenance().ifPresent(p -> out.add(p.citation()));
      }
    }
    return out.build();
  }

  /**
   * Returns the provenance of every parameter value used, in order of first use.
   *
   * @return the provenances, never null
   */
  @Value.Lazy
  public ImmutableSet<Provenance> provenances() {
    ImmutableSet.Builder<Provenance> out = ImmutableSet.builder();
    for (Step s : steps()) {
      for (Input i : s.inputs()) {
        i.provenance().ifPresent(out::add);
      }
    }
    return out.build();
  }

  /**
   * Returns true if any step rests on an ILLUSTRATIVE value; a result that does must say so.
   *
   * @return whether the explanation is illustrative
   */
  public boolean isIllustrative() {
    return steps().stream().anyMatch(Step::isIllustrative);
  }

  /**
   * Returns the keys of the ILLUSTRATIVE parameter values used.
   *
   * @return the keys, never null
   */
  public ImmutableSet<String> illustrativeKeys() {
    return provenances().stream().filter(p -> p.confidence().isIllustrative()).map(Provenance::key)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the weakest confidence of any parameter value used, or empty if none was used.
   *
   * @return the confidence, if parameters were used
   */
  public Optional<Confidence> weakestConfidence() {
    return provenances().stream().map(Provenance::confidence).reduce(Confidence::weakest);
  }

  /**
   * Returns the first step with a rule key.
   *
   * @param rule  the rule key, not null
   * @return the step, if present
   */
  public Optional<Step> step(String rule) {
    checkNotNull(rule, "rule");
    return steps().stream().filter(s -> s.rule().equals(rule)).findFirst();
  }

  /**
   * Obtains an explanation of the given steps.
   *
   * @param steps  the steps, at least one, not null
   * @return the explanation, never null
   */
  public static Explanation of(Iterable<? extends Step> steps) {
    return ImmutableExplanation.builder().addAllSteps(steps).build();
  }

  /**
   * Obtains an explanation of the given steps.
   *
   * @param steps  the steps, at least one, not null
   * @return the explanation, never null
   */
  public static Explanation of(Step... steps) {
    return of(ImmutableList.copyOf(steps));
  }

  /**
   * Checks that this explanation's result equals a value, as result types do when they are built.
   *
   * @param value  the value the result must equal, not null
   * @return this explanation, never null
   * @throws IllegalArgumentException if the result differs
   */
  public Explanation requireResult(Datum value) {
    checkArgument(result().equals(value),
        "explanation must reconcile with its result, but the last step gives %s and the result is %s",
        result(), value);
    return this;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
