/**
 * Quotas (征集任务): sharing the yearly conscription task fairly and exactly. {@link
 * org.zhengbing.core.quota.QuotaApportioner} shares places among units by largest remainder or a divisor method
 * within floors and caps, {@link org.zhengbing.core.quota.SeasonSplitter} splits the annual task between spring and
 * autumn, and {@link org.zhengbing.core.quota.QuotaCascader} carries a task down the five-level region tree with direct
 * allocations carved out first.
 * The assessment of the counts (五率) and the college targets live in {@code org.zhengbing.core.assess}.
 *
 * <pre>{@code
 * Apportionment a = QuotaApportioner.of(ApportionmentMethod.SAINTE_LAGUE).apportion(450, units);
 * a.places(UnitKey.of(RegionCode.of("500116"))); a.explanation();
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.core.quota;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
