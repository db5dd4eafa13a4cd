package io.atrium.invoicing.documents;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The payment terms a French document must print (Code de commerce L441-9, L441-10, D441-5) and its
 * VAT option, as the tenant's billing settings say, or the schema's defaults without a row.
 *
 * @param earlyTermsEn the early-payment terms in English; blank: no discount for early payment
 */
public record BillingTerms(
    BigDecimal latePenaltyRate,
    BigDecimal recoveryIndemnity,
    String earlyTermsEn,
    String earlyTermsFr,
    boolean vatOnDebits) {

  /** The defaults of billing_settings: 12.15 % (ECB rate + 10 points), €40, no early discount. */
  public static final BillingTerms DEFAULTS =
      new BillingTerms(new BigDecimal("12.15"), new BigDecimal("40.00"), null, null, false);

  /** The tenant's early-payment terms in this language, or null for the default wording. */
  public String earlyTerms(Locale language) {
    String terms = "fr".equals(language.getLanguage()) ? earlyTermsFr : earlyTermsEn;
    return terms == null || terms.isBlank() ? null : terms.strip();
  }
}
