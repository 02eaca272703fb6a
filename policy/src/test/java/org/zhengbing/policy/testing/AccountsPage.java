package org.zhengbing.policy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.accounts.ThreeAccounts;
import org.zhengbing.policy.accounts.ThreeAccountsCalculator;
import org.zhengbing.policy.accounts.ThreeAccountsRenderer;

/**
 * Writes the printable three-accounts page of a golden persona (the postgraduate woman in the sample district,
 * compared with an expected wage of 6,000 yuan a month), for {@code scripts/render-accounts-screenshot.sh}.
 *
 * <p>Arguments: the output file, and optionally the language ({@code zh-CN}, the default, or {@code en}).
 */
public final class AccountsPage {

  private AccountsPage() {}

  /**
   * Writes the page.
   *
   * @param args  the output file and optionally the language tag
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: AccountsPage <output.html> [zh-CN|en]");
    }
    Locale locale = Locale.forLanguageTag(args.length == 2 ? args[1] : "zh-CN");
    ThreeAccounts accounts = ThreeAccountsCalculator.of(PolicySets.sampleRegions())
        .calculate(Personas.jiangjinPostgraduateWoman2025(), Cny.ofYuan(6000));
    Files.writeString(Path.of(args[0]), ThreeAccountsRenderer.of(locale).html(accounts), StandardCharsets.UTF_8);
  }
}
