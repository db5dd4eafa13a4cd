package io.atrium.daypasses;

import io.atrium.directory.Member;
import io.atrium.notifications.Mail;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the member of the pass sold: the day, the centre, the workspace type and the amount, in
 * their language; with a payment link, the mail leads to the client-space page that pays the pass's
 * invoice (its address from {@code PUBLIC_URL}, never from a request).
 */
@ApplicationScoped
class DayPassMessages {

  @Inject Notifications notifications;

  void sold(DayPass pass) {
    var member = pass.getMember();
    Locale locale = Locale.forLanguageTag(member.getLanguage());
    Formats formats = Formats.of(locale, pass.getCentre().getCountry());
    boolean link = pass.getPayment() == DayPass.Payment.PAYMENT_LINK;
    Mail mail =
        new Mail(
            member.getEmail(),
            member.getFullName(),
            member.getLanguage(),
            switch (pass.getPayment()) {
              // A member without a password yet is told to activate their account first.
              case PAYMENT_LINK ->
                  member.getStatus() == Member.Status.INVITED
                      ? "dayPassPaymentLinkNew"
                      : "dayPassPaymentLink";
              case CREDITS -> "dayPassCredits";
              case MONTHLY -> "dayPassMonthly";
              case INVOICE -> "dayPassSold";
            },
            Map.of(
                "name", member.getFullName(),
                "centre", pass.getCentre().getName(),
                "date", formats.date(pass.getDay()),
                "item",
                    "fr".equals(member.getLanguage())
                        ? pass.getItem().getNameFr()
                        : pass.getItem().getNameEn(),
                "amount", formats.amount(pass.getGrossTotal()) + " " + pass.getCurrency()));
    notifications.email(link ? mail.linkingTo(payPage(pass)) : mail);
  }

  /** The client-space page that pays the pass's invoice (a path; the base is PUBLIC_URL's). */
  static String payPage(DayPass pass) {
    return "/portal/pay.xhtml?invoice=" + pass.getInvoiceId();
  }
}
