package org.zhengbing.policy.accounts;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.policy.benefit.BenefitJson;
import org.zhengbing.policy.benefit.EnlistmentBenefits;
import org.zhengbing.policy.internal.ExplanationCodec;
import org.zhengbing.policy.internal.JsonTree;
import org.zhengbing.policy.internal.JsonTree.Obj;
import org.zhengbing.policy.internal.JsonTree.Problem;
import org.zhengbing.policy.internal.ProfileCodec;
import org.zhengbing.policy.profile.CandidateProfile;

/**
 * Reads and writes a {@link ThreeAccounts} statement as JSON, losslessly: reading what was written gives an equal
 * statement.
 *
 * <pre>{@code
 * String json = ThreeAccountsJson.toJson(accounts);
 * ThreeAccounts same = ThreeAccountsJson.parse(json);   // equals accounts
 * }</pre>
 *
 * <p>The document is {@code {"format": "zhengbing-three-accounts/1", "region", "date", "profile", "political": [item],
 * "growth": [item], "later": [item], "economic", "economicTotal", "comparison", "illustrativeItems": [id]}}. An item
 * is {@code {"key", "account", "reason", "title": {"zh", "en"}, "text": {"zh", "en"}, "citation", "confidence",
 * "effectiveFrom", "explanation"}}; the profile is as {@link org.zhengbing.policy.profile.ProfileJson} writes it and
 * the economic account as {@link BenefitJson} writes it. The comparison, present only when there is one, is
 * {@code {"basis", "months", "enlistmentIncome", "alternativeIncome", "difference", "explanation"}}. Keys are lower
 * case ({@code "political"}, {@code "every_recruit"}, {@code "region_average_wage"}); amounts are decimal texts of
 * yuan with two places; dates are ISO ({@code 2018-09-01}). The fields {@code region}, {@code date},
 * {@code citation}, {@code confidence}, {@code effectiveFrom}, {@code economicTotal}, {@code difference} and
 * {@code illustrativeItems} are written for readers and checked on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThreeAccountsJson {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "zhengbing-three-accounts/1";

  private static final Set<String> DOC = Set.of("format", "region", "date", "profile", "political", "growth", "later",
      "economic", "economicTotal", "comparison", "illustrativeItems");
  private static final Set<String> ITEM = Set.of("key", "account", "reason", "title", "text", "citation",
      "confidence", "effectiveFrom", "explanation");
  private static final Set<String> COMPARISON = Set.of("basis", "months", "enlistmentIncome", "alternativeIncome",
      "difference", "explanation");
  private static final Set<String> TEXT = Set.of("zh", "en");

  private ThreeAccountsJson() {}

  /**
   * Writes a statement as compact JSON.
   *
   * @param accounts  the statement, not null
   * @return the JSON text, never null
   */
  public static String toJson(ThreeAccounts accounts) {
    checkNotNull(accounts, "accounts");
    ObjectNode o = JsonTree.object();
    o.put("format", FORMAT);
    o.put("region", accounts.region().toString());
    o.put("date", accounts.date().toString());
    o.set("profile", ProfileCodec.write(accounts.profile()));
    o.set("political", items(accounts.political()));
    o.set("growth", items(accounts.growth()));
    o.set("later", items(accounts.laterItems()));
    // the account's own compact JSON, embedded as written (no parse and rebuild of a tree of thousands of nodes)
    o.putRawValue("economic", new RawValue(BenefitJson.toJson(accounts.economic())));
    o.put("economicTotal", JsonTree.money(accounts.economicTotal()));
    accounts.comparison().ifPresent(c -> {
      ObjectNode co = o.putObject("comparison");
      co.put("basis", c.basis().key());
      co.put("months", c.months());
      co.put("enlistmentIncome", JsonTree.money(c.enlistmentIncome()));
      co.put("alternativeIncome", JsonTree.money(c.alternativeIncome()));
      co.put("difference", JsonTree.money(c.difference()));
      co.set("explanation", ExplanationCodec.write(c.explanation()));
    });
    ArrayNode ids = o.putArray("illustrativeItems");
    accounts.illustrativeItems().forEach(ids::add);
    return JsonTree.write(o);
  }

  private static ArrayNode items(ImmutableList<AccountItem> items) {
    ArrayNode out = JsonTree.array();
    for (AccountItem i : items) {
      ObjectNode o = out.addObject();
      o.put("key", i.key());
      o.put("account", i.account().key());
      o.put("reason", i.reason().key());
      o.set("title", text(i.title()));
      o.set("text", text(i.text()));
      o.set("citation", ExplanationCodec.writeCitation(i.citation()));
      o.put("confidence", i.confidence().name());
      o.put("effectiveFrom", i.effectiveFrom().toString());
      o.set("explanation", ExplanationCodec.write(i.explanation()));
    }
    return out;
  }

  private static ObjectNode text(LocalizedText t) {
    ObjectNode o = JsonTree.object();
    o.put("zh", t.zh());
    o.put("en", t.en());
    return o;
  }

  /**
   * Reads a statement.
   *
   * @param json  the JSON text, not null
   * @return the statement, never null
   * @throws IllegalArgumentException naming the field if the text is not a valid statement, or a field written for
   *     readers disagrees with the statement
   */
  public static ThreeAccounts parse(String json) {
    checkNotNull(json, "json");
    try {
      return read(JsonTree.parse(json));
    } catch (Problem p) {
      throw new IllegalArgumentException(p.getMessage());
    }
  }

  private static ThreeAccounts read(JsonNode root) {
    Obj o = JsonTree.obj(root, "$");
    o.checkFields(DOC);
    if (!FORMAT.equals(o.text("format"))) {
      throw new Problem(o.at("format"), o.at("format") + " must be \"" + FORMAT + "\", but was '" + o.text("format")
          + "'");
    }
    CandidateProfile profile = ProfileCodec.read(o.req("profile"), o.at("profile"));
    EnlistmentBenefits economic;
    try {
      economic = BenefitJson.parseBenefits(JsonTree.write(o.req("economic")));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("economic"), o.at("economic") + ": " + e.getMessage());
    }
    Optional<IncomeComparison> comparison = o.opt("comparison").map(n -> comparison(n, o.at("comparison")));
    ThreeAccounts a;
    try {
      a = ThreeAccounts.of(profile, readItems(o, "political"), readItems(o, "growth"), readItems(o, "later"),
          economic, comparison);
    } catch (IllegalArgumentException e) {
      throw new Problem("$", e.getMessage());
    }
    check(o, "region", a.region().toString(), o.text("region"));
    check(o, "date", a.date().toString(), o.text("date"));
    check(o, "economicTotal", a.economicTotal(), o.money("economicTotal"));
    ArrayNode ids = o.array("illustrativeItems");
    ImmutableList.Builder<String> given = ImmutableList.builder();
    for (int i = 0; i < ids.size(); i++) {
      given.add(JsonTree.text(ids.get(i), o.at("illustrativeItems") + "[" + i + "]"));
    }
    check(o, "illustrativeItems", a.illustrativeItems(), given.build());
    return a;
  }

  private static ImmutableList<AccountItem> readItems(Obj doc, String field) {
    ArrayNode array = doc.array(field);
    ImmutableList.Builder<AccountItem> out = ImmutableList.builder();
    for (int i = 0; i < array.size(); i++) {
      out.add(item(array.get(i), doc.at(field) + "[" + i + "]"));
    }
    return out.build();
  }

  private static AccountItem item(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(ITEM);
    Account account = account(o.text("account"), o.at("account"));
    ItemReason reason = ItemReason.ofKey(o.text("reason")).orElseThrow(() -> new Problem(o.at("reason"),
        o.at("reason") + " must be an item reason such as \"every_recruit\", but was '" + o.text("reason") + "'"));
    Explanation e = ExplanationCodec.read(o.req("explanation"), o.at("explanation"));
    AccountItem item;
    try {
      item = AccountItem.of(o.text("key"), account, reason, text(o.object("title")), text(o.object("text")), e);
    } catch (IllegalArgumentException ex) {
      throw new Problem(path, path + ": " + ex.getMessage());
    }
    check(o, "citation", item.citation(), ExplanationCodec.readCitation(o.req("citation"), o.at("citation")));
    check(o, "confidence", item.confidence(), ExplanationCodec.confidence(o.text("confidence"), o.at("confidence")));
    check(o, "effectiveFrom", item.effectiveFrom(), o.date("effectiveFrom"));
    return item;
  }

  private static Account account(String key, String path) {
    for (Account a : Account.values()) {
      if (a.key().equals(key) && a != Account.ECONOMIC) {
        return a;
      }
    }
    throw new Problem(path, path + " must be \"political\" or \"growth\", but was '" + key + "'");
  }

  private static LocalizedText text(Obj o) {
    o.checkFields(TEXT);
    try {
      return LocalizedText.of(o.text("zh"), o.text("en"));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("zh"), o.at("zh") + ": " + e.getMessage());
    }
  }

  private static IncomeComparison comparison(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(COMPARISON);
    IncomeComparison.Basis basis = null;
    for (IncomeComparison.Basis b : IncomeComparison.Basis.values()) {
      if (b.key().equals(o.text("basis"))) {
        basis = b;
      }
    }
    if (basis == null) {
      throw new Problem(o.at("basis"), o.at("basis") + " must be \"expected_wage\" or \"region_average_wage\", but "
          + "was '" + o.text("basis") + "'");
    }
    IncomeComparison c;
    try {
      c = IncomeComparison.of(basis, o.integer("months"), o.money("enlistmentIncome"), o.money("alternativeIncome"),
          ExplanationCodec.read(o.req("explanation"), o.at("explanation")));
    } catch (Problem p) {
      throw p;
    } catch (IllegalArgumentException e) {
      throw new Problem(path, path + ": " + e.getMessage());
    }
    Money difference = o.money("difference");
    check(o, "difference", c.difference(), difference);
    return c;
  }

  private static void check(Obj o, String field, Object actual, Object written) {
    if (!actual.equals(written)) {
      throw new Problem(o.at(field), o.at(field) + " must be " + actual + " (derived from the statement), but was "
          + written);
    }
  }
}
