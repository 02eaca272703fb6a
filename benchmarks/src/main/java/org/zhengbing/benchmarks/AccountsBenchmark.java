package org.zhengbing.benchmarks;

import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.accounts.ThreeAccounts;
import org.zhengbing.policy.accounts.ThreeAccountsCalculator;
import org.zhengbing.policy.accounts.ThreeAccountsJson;
import org.zhengbing.policy.accounts.ThreeAccountsRenderer;
import org.zhengbing.policy.profile.CandidateProfile;
import org.zhengbing.policy.testing.Personas;

/**
 * The three accounts (三本账) of one candidate: working out the statement (political, growth and economic accounts
 * with every explanation), and rendering a worked-out statement to plain text (Chinese and English) and to JSON.
 * The candidate is the richest golden persona: a postgraduate woman enlisting in the sample district in 2025, with
 * tuition compensation and an expected wage to compare.
 */
@State(Scope.Benchmark)
public class AccountsBenchmark {

  private ThreeAccountsCalculator calculator;
  private CandidateProfile persona;
  private ThreeAccounts accounts;
  private ThreeAccountsRenderer zh;
  private ThreeAccountsRenderer en;

  @Setup
  public void setUp() {
    calculator = ThreeAccountsCalculator.of(PolicySets.sampleRegions());
    persona = Personas.jiangjinPostgraduateWoman2025();
    accounts = calculator.calculate(persona);
    zh = ThreeAccountsRenderer.of(Locale.SIMPLIFIED_CHINESE);
    en = ThreeAccountsRenderer.of(Locale.ENGLISH);
  }

  /** The whole statement with explanations. */
  @Benchmark
  public ThreeAccounts calculate() {
    return calculator.calculate(persona);
  }

  /** A worked-out statement as plain text in Chinese. */
  @Benchmark
  public String textZh() {
    return zh.text(accounts);
  }

  /** A worked-out statement as plain text in English. */
  @Benchmark
  public String textEn() {
    return en.text(accounts);
  }

  /** A worked-out statement as JSON (the integrators' format). */
  @Benchmark
  public String json() {
    return ThreeAccountsJson.toJson(accounts);
  }
}
