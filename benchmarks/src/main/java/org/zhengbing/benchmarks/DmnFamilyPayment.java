package org.zhengbing.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The peer: the sample district's family-payment rule as a DMN 1.5 model ({@code family-payment.dmn} beside this
 * class), evaluated by Drools ({@code org.kie:kie-dmn-core}). The model is compiled once; each evaluation fills a new
 * context with the three inputs and evaluates every decision, as a caller of the DMN runtime would.
 *
 * <p>Instances are thread-safe: the Drools runtime evaluates concurrently with a context per call.
 */
public final class DmnFamilyPayment {

  /** The model's resource, beside this class. */
  static final String RESOURCE = "family-payment.dmn";

  private static final String NAMESPACE = "https://zhengbing.org/benchmarks/family-payment";

  private final DMNRuntime runtime;
  private final DMNModel model;

  private DmnFamilyPayment(DMNRuntime runtime, DMNModel model) {
    this.runtime = runtime;
    this.model = model;
  }

  /**
   * Compiles the bundled model.
   *
   * @return the peer, never null
   * @throws IllegalStateException if the model does not compile
   */
  public static DmnFamilyPayment load() {
    DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
        .fromClasspathResource(RESOURCE, DmnFamilyPayment.class)
        .getOrElseThrow(e -> new IllegalStateException("family-payment.dmn must compile, but: " + e, e));
    DMNModel model = runtime.getModel(NAMESPACE, "Family payment");
    checkArgument(model != null, "family-payment.dmn must define the model 'Family payment' in %s", NAMESPACE);
    if (model.hasErrors()) {
      throw new IllegalStateException("family-payment.dmn must compile without errors, but: " + model.getMessages());
    }
    return new DmnFamilyPayment(runtime, model);
  }

  /**
   * Evaluates the model for one conscript.
   *
   * @param category  the education category's key, such as {@code bachelor_graduate}, not null
   * @param posting  the posting's key, such as {@code tibet_xinjiang}, not null
   * @param conscriptMonths  the months served as a conscript (the term, 24, unless the status changed early)
   * @return the result of every decision, never null
   * @throws IllegalStateException if an evaluation reports errors
   */
  public DMNResult evaluate(String category, String posting, int conscriptMonths) {
    DMNContext context = runtime.newContext();
    context.set("Education category", checkNotNull(category, "category"));
    context.set("Posting", checkNotNull(posting, "posting"));
    context.set("Conscript months", BigDecimal.valueOf(conscriptMonths));
    DMNResult result = runtime.evaluateAll(model, context);
    if (result.hasErrors()) {
      throw new IllegalStateException("family-payment.dmn must evaluate without errors for " + category + ", "
          + posting + ", " + conscriptMonths + " months, but: " + result.getMessages());
    }
    return result;
  }

  /**
   * Evaluates the model and returns the family payment's total for the term.
   *
   * @param category  the education category's key, not null
   * @param posting  the posting's key, not null
   * @param conscriptMonths  the months served as a conscript
   * @return the total in yuan, as the model computes it (scale as FEEL leaves it), never null
   */
  public BigDecimal total(String category, String posting, int conscriptMonths) {
    return decision(evaluate(category, posting, conscriptMonths), "Family payment");
  }

  static BigDecimal decision(DMNResult result, String name) {
    DMNDecisionResult r = result.getDecisionResultByName(name);
    checkArgument(r != null && r.getResult() instanceof BigDecimal, "decision %s must give a number, but gave %s",
        name, r == null ? null : r.getResult());
    return (BigDecimal) r.getResult();
  }
}
