package org.zhengbing.policy.accounts;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Confidence;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.explain.Step;

/**
 * One item of the political (政治账) or growth (成长账) account: a cited statement of an honour, right or
 * opportunity, and why it applies to this person.
 *
 * <p>The text comes from a text parameter ({@link #key()}) with its figures ({10 points}, {3 years}) filled from cited
 * numeric parameters. The explanation resolves each figure in a step of its own and ends with a step whose result is
 * {@link #text()}, citing the text's source (checked when the value is built).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountItem {

  AccountItem() {}

  /**
   * Returns the key of the text parameter, such as {@code accounts.political.honour_plaque}.
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * Returns the account the item belongs to, political or growth.
   *
   * @return the account, never null
   */
  public abstract Account account();

  /**
   * Returns why the item applies to this person.
   *
   * @return the reason, never null
   */
  public abstract ItemReason reason();

  /**
   * Returns the item's title, the parameter's label.
   *
   * @return the title, never null
   */
  public abstract LocalizedText title();

  /**
   * Returns the statement, with its figures filled in.
   *
   * @return the text, never null
   */
  public abstract LocalizedText text();

  /**
   * Returns the explanation, whose last step gives {@link #text()} and cites its source.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns the provenance of the text: its scope, effective dates, citation and confidence.
   *
   * @return the provenance, never null
   */
  public Provenance provenance() {
    Step last = explanation().steps().get(explanation().steps().size() - 1);
    return last.input("text").flatMap(Input::provenance).orElseThrow();
  }

  /**
   * Returns the citation of the text.
   *
   * @return the citation, never null
   */
  public Citation citation() {
    return provenance().citation();
  }

  /**
   * Returns the weakest confidence of the text and its figures.
   *
   * @return the confidence, never null
   */
  public Confidence confidence() {
    return explanation().weakestConfidence().orElseThrow();
  }

  /**
   * Returns the date from which the text is in force.
   *
   * @return the date, never null
   */
  public LocalDate effectiveFrom() {
    return provenance().effectiveFrom();
  }

  /**
   * Returns true if the text or one of its figures is ILLUSTRATIVE.
   *
   * @return whether the item is illustrative
   */
  public boolean isIllustrative() {
    return explanation().isIllustrative();
  }

  @Value.Check
  void check() {
    if (account() == Account.ECONOMIC) {
      throw new IllegalArgumentException("account item " + key() + " must be political or growth, but was economic");
    }
    explanation().requireResult(new Datum.OfText(text()));
    Step last = explanation().steps().get(explanation().steps().size() - 1);
    if (last.input("text").flatMap(Input::provenance).isEmpty()) {
      throw new IllegalArgumentException("account item " + key() + " must end with a step whose input 'text' has a "
          + "provenance, but the last step was " + last.rule());
    }
  }

  static AccountItem of(String key, Account account, ItemReason reason, LocalizedText title, LocalizedText text,
      Explanation explanation) {
    return ImmutableAccountItem.builder().key(key).account(account).reason(reason).title(title).text(text)
        .explanation(explanation).build();
  }
}
