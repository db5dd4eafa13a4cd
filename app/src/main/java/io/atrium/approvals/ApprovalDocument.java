package io.atrium.approvals;

import io.atrium.tenancy.Centre;
import java.math.BigDecimal;

/**
 * The document a discount belongs to, as its owning capability describes it to the approvers.
 *
 * @param kind the kind of document in capitals ({@code PRICE_QUOTE}, {@code BOOKING}...)
 * @param id the document's id
 * @param centre the centre it is priced in: its approvers are the ones who see that centre
 * @param summary one line for the inbox and the notices (what, for whom)
 * @param amount the document's total before tax, after the discount, or null
 * @param currency the amount's currency (the centre's)
 * @param page the document's page for the requester's notice ({@code /pricing/quote.xhtml?id=7})
 */
public record ApprovalDocument(
    String kind,
    long id,
    Centre centre,
    String summary,
    BigDecimal amount,
    String currency,
    String page) {}
