/**
 * Exact money and rates. Money is Joda-Money's {@link org.joda.money.Money} in CNY (two decimal places, the fen);
 * {@link org.zhengbing.core.money.Rate} is an exact decimal ratio for uplifts, shares and targets.
 *
 * <pre>{@code
 * Money base = Cny.of("9300");
 * Money uplifted = Rate.parse("160%").applyTo(base, RoundingMode.HALF_UP);   // CNY 14880.00
 * }</pre>
 * No {@code double} or {@code float} is used anywhere near money, rates or weights.
 */
@NullMarked
package org.zhengbing.core.money;

import org.jspecify.annotations.NullMarked;
