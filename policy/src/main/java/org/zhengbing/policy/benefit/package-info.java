/**
 * The benefit calculators of the economic account (经济账): one calculator per payment, each returning the payment's
 * dated schedule and total with an explanation citing every parameter it used.
 *
 * <p>Resolve the rules once per region and term with {@link org.zhengbing.policy.benefit.BenefitRules}, then call
 * {@link org.zhengbing.policy.benefit.BenefitsCalculator#calculate} for the whole account of one candidate, or
 * {@link org.zhengbing.policy.benefit.BenefitsCalculator#totals} for the totals of many without explanations.
 * Single payments have their own calculators, such as {@link org.zhengbing.policy.benefit.FamilyPaymentCalculator}.
 *
 * <pre>{@code
 * BenefitsCalculator calc = BenefitsCalculator.of(PolicySets.sampleRegions());
 * EnlistmentBenefits account = calc.calculate(profile);
 * account.item(BenefitKind.FAMILY_PAYMENT).payments();   // dated instalments, each cited in the explanation
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.policy.benefit;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
