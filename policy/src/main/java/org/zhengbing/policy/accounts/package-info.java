/**
 * The three accounts (三本账): the political (政治账), growth (成长账) and economic (经济账) accounts a conscription
 * office works out with a young person and their family, each item cited, and their bilingual rendering.
 *
 * <p>{@link org.zhengbing.policy.accounts.ThreeAccountsCalculator} gathers the items that apply to a profile into a
 * {@link org.zhengbing.policy.accounts.ThreeAccounts}; {@link org.zhengbing.policy.accounts.ThreeAccountsRenderer}
 * turns it into zh-CN or English text, Markdown or HTML; {@link org.zhengbing.policy.accounts.ThreeAccountsJson}
 * writes and reads it as JSON.
 *
 * <pre>{@code
 * ThreeAccounts accounts = ThreeAccountsCalculator.of(PolicySets.sampleRegions()).calculate(profile);
 * String page = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE).html(accounts);
 * }</pre>
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.policy.accounts;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
