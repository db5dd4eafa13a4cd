package io.atrium.testing;

import io.atrium.approvals.ApprovalRequest;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.community.CommunityEvent;
import io.atrium.contracts.Contract;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.pricing.PriceQuote;
import io.atrium.reception.Visitor;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import java.util.List;
import java.util.Map;

/**
 * Every page and API endpoint that takes a row's id, for the cross-tenant isolation test: called by
 * one tenant's people with another tenant's ids, each must answer "not found" and show none of that
 * row. Placeholders in braces name the entity type whose id goes there ({@link #TYPES}); each
 * capability adds its own.
 */
public final class IdPages {

  private IdPages() {}

  /** A page (path relative to the application, query included) taking an id. */
  public record IdPage(String path, Class<?> type) {

    public String with(long id) {
      return IdPages.fill(path, id);
    }
  }

  /**
   * An API endpoint taking an id; body is a valid request body for methods that need one, so that
   * the only reason to refuse is the id.
   */
  public record IdEndpoint(String method, String path, Class<?> type, String body) {

    public String with(long id) {
      return IdPages.fill(path, id);
    }
  }

  /** Placeholder to entity type. */
  public static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("{company}", Company.class),
          Map.entry("{member}", Member.class),
          Map.entry("{staff}", StaffMember.class),
          Map.entry("{role}", StaffRole.class),
          Map.entry("{visitor}", Visitor.class),
          Map.entry("{centre}", Centre.class),
          Map.entry("{ticket}", Ticket.class),
          Map.entry("{attachment}", TicketAttachment.class),
          Map.entry("{event}", CommunityEvent.class),
          // i12-catalogue
          Map.entry("{item}", CatalogueItem.class),
          // i12-spaces
          Map.entry("{space}", Space.class),
          Map.entry("{floor}", Floor.class),
          // i12-approvals
          Map.entry("{quote}", PriceQuote.class),
          Map.entry("{approval}", ApprovalRequest.class),
          // i13-contracts
          Map.entry("{contract}", Contract.class),
          // i13-invoices ({line} is filled with the invoice's id: a foreign document first)
          Map.entry("{invoice}", io.atrium.invoicing.Invoice.class),
          Map.entry("{line}", io.atrium.invoicing.Invoice.class),
          Map.entry("{closing}", io.atrium.invoicing.PeriodClosing.class),
          // i13-billing
          Map.entry("{consumption}", io.atrium.consumptions.Consumption.class),
          Map.entry("{run}", io.atrium.billing.BillingRun.class),
          // i14-bookings
          Map.entry("{booking}", io.atrium.bookings.Booking.class),
          Map.entry("{card}", io.atrium.access.AccessCard.class),
          Map.entry("{pass}", io.atrium.daypasses.DayPass.class),
          Map.entry("{closure}", io.atrium.bookings.CentreClosure.class),
          Map.entry("{pool}", io.atrium.credits.CreditPool.class));

  public static final List<IdPage> PAGES =
      List.of(
          new IdPage("directory/companies/detail.xhtml?id={company}", Company.class),
          new IdPage("directory/members/detail.xhtml?id={member}", Member.class),
          new IdPage("staff/detail.xhtml?id={staff}", StaffMember.class),
          new IdPage("reception/dashboard.xhtml?centre={centre}", Centre.class),
          new IdPage("helpdesk/queue.xhtml?centre={centre}", Centre.class),
          new IdPage("community/events/list.xhtml?centre={centre}", Centre.class),
          new IdPage("reception/history.xhtml?member={member}", Member.class),
          new IdPage("reception/history.xhtml?company={company}", Company.class),
          new IdPage("helpdesk/ticket.xhtml?id={ticket}", Ticket.class),
          new IdPage("helpdesk/attachments/{attachment}", TicketAttachment.class),
          new IdPage("community/events/edit.xhtml?id={event}", CommunityEvent.class),
          new IdPage("community/events/attendees.xhtml?id={event}", CommunityEvent.class),
          new IdPage("community/events/cover?id={event}", CommunityEvent.class),
          // i12-catalogue
          new IdPage("catalogue/edit.xhtml?id={item}", CatalogueItem.class),
          new IdPage("catalogue/list.xhtml?centre={centre}", Centre.class),
          // i12-approvals
          new IdPage("pricing/quote.xhtml?id={quote}", PriceQuote.class),
          new IdPage("pricing/quotes.xhtml?centre={centre}", Centre.class),
          new IdPage("approvals/inbox.xhtml?centre={centre}", Centre.class),
          // i12-pricing
          new IdPage("pricing/grids.xhtml?centre={centre}", Centre.class),
          new IdPage("pricing/discounts.xhtml?centre={centre}", Centre.class),
          // i12-spaces
          new IdPage("spaces/list.xhtml?centre={centre}", Centre.class),
          new IdPage("spaces/list.xhtml?floor={floor}", Floor.class),
          new IdPage("spaces/floors.xhtml?centre={centre}", Centre.class),
          new IdPage("spaces/edit.xhtml?id={space}", Space.class),
          new IdPage("spaces/edit.xhtml?floor={floor}", Floor.class),
          new IdPage("spaces/floor.xhtml?id={floor}", Floor.class),
          new IdPage("spaces/plan?floor={floor}", Floor.class),
          // i13-contracts
          new IdPage("contracts/contract.xhtml?id={contract}", Contract.class),
          new IdPage("contracts/contract.xhtml?company={company}", Company.class),
          new IdPage("contracts/contract.xhtml?member={member}", Member.class),
          new IdPage("contracts/list.xhtml?centre={centre}", Centre.class),
          new IdPage("contracts/list.xhtml?company={company}", Company.class),
          // i13-invoices
          new IdPage("invoicing/invoice.xhtml?id={invoice}", io.atrium.invoicing.Invoice.class),
          new IdPage("invoicing/list.xhtml?centre={centre}", Centre.class),
          // i13-payments
          new IdPage("payments/record.xhtml?company={company}", Company.class),
          new IdPage("payments/credit.xhtml?payment={payment}", io.atrium.payments.Payment.class),
          // i13-collection
          new IdPage("collection/reminders.xhtml?centre={centre}", Centre.class),
          new IdPage("credits/list.xhtml?centre={centre}", Centre.class));

  private static final String COMPANY_FORM =
      "{\"name\":\"Isolation check\",\"kind\":\"PROSPECT\",\"homeCentreId\":0}";
  private static final String MEMBER_FORM =
      "{\"fullName\":\"Isolation Check\",\"email\":\"isolation.check@example.test\"}";

  private static final String EVENT_FORM =
      "{\"title\":\"Isolation check\",\"date\":\""
          + java.time.LocalDate.now().plusDays(30) // within the two-year planning horizon
          + "\",\"startTime\":\"18:00\","
          + "\"endTime\":\"20:00\",\"location\":\"Hall\",\"capacity\":5}";

  /** i12-catalogue: valid item and price forms, so that only the id can be refused. */
  private static final String ITEM_FORM =
      "{\"code\":\"ISOLATION\",\"kind\":\"OPTION\",\"nameEn\":\"Isolation\","
          + "\"nameFr\":\"Isolation\",\"unit\":\"UNIT\",\"vatCategory\":\"S\",\"taxRate\":\"20\"}";

  private static final String PRICE_FORM =
      "{\"centreId\":1,\"from\":\""
          + java.time.LocalDate.now().plusDays(2)
          + "\",\"unitPrice\":\"1\"}";
  // i12-spaces
  private static final String SPACE_FORM =
      "{\"kind\":\"MEETING_ROOM\",\"name\":\"Isolation check\",\"capacity\":4}";
  private static final String FLOOR_FORM = "{\"name\":\"Isolation check\",\"level\":1}";
  private static final String OUTLINES_FORM = "{\"outlines\":[]}";
  // i13-invoices
  private static final String INVOICE_LINE_FORM = "{\"itemId\":1,\"quantity\":\"1\"}";
  private static final String LIFECYCLE_FORM =
      "{\"status\":\"DEPOSITED\",\"date\":\"" + java.time.LocalDate.now() + "\"}";

  /** i13-contracts: a draft's terms with no id of any row. */
  private static final String CONTRACT_FORM =
      "{\"startDate\":\"2026-11-14\",\"notes\":\"Isolation check\",\"lines\":[]}";

  /** i13-collection: a valid period, so that only the centre can be refused. */
  private static final String PERIOD = "from=2026-01-01&to=2026-01-31";

  public static final List<IdEndpoint> ENDPOINTS =
      List.of(
          new IdEndpoint("GET", "api/events/{event}", CommunityEvent.class, null),
          new IdEndpoint("PUT", "api/events/{event}", CommunityEvent.class, EVENT_FORM),
          new IdEndpoint("GET", "api/events/{event}/cover", CommunityEvent.class, null),
          new IdEndpoint("PUT", "api/events/{event}/cover", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/publish", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/cancel", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/rsvp", CommunityEvent.class, "{}"),
          new IdEndpoint("DELETE", "api/events/{event}/rsvp", CommunityEvent.class, null),
          new IdEndpoint("GET", "api/events/{event}/attendees", CommunityEvent.class, null),
          new IdEndpoint(
              "POST", "api/events/{event}/attendees/{member}/check-in", CommunityEvent.class, "{}"),
          new IdEndpoint("GET", "api/companies/{company}", Company.class, null),
          new IdEndpoint("PUT", "api/companies/{company}", Company.class, COMPANY_FORM),
          new IdEndpoint("POST", "api/companies/{company}/archive", Company.class, "{}"),
          new IdEndpoint("POST", "api/companies/{company}/restore", Company.class, "{}"),
          new IdEndpoint("GET", "api/companies/{company}/members", Company.class, null),
          new IdEndpoint("POST", "api/companies/{company}/members", Company.class, MEMBER_FORM),
          new IdEndpoint("GET", "api/members/{member}", Member.class, null),
          new IdEndpoint("PUT", "api/members/{member}", Member.class, MEMBER_FORM),
          new IdEndpoint("POST", "api/members/{member}/activation", Member.class, "{}"),
          new IdEndpoint("GET", "api/staff/{staff}", StaffMember.class, null),
          new IdEndpoint(
              "PUT", "api/staff-roles/{role}/permissions/{permission}", StaffRole.class, null),
          new IdEndpoint(
              "DELETE", "api/staff-roles/{role}/permissions/{permission}", StaffRole.class, null),
          new IdEndpoint("GET", "api/visitors/{visitor}", Visitor.class, null),
          new IdEndpoint(
              "POST",
              "api/visitors/{visitor}/decision",
              Visitor.class,
              "{\"decision\":\"APPROVE\"}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/arrival", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/check-in", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/check-out", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/no-show", Visitor.class, "{}"),
          new IdEndpoint("GET", "api/tickets/{ticket}", Ticket.class, null),
          new IdEndpoint("POST", "api/tickets/{ticket}/attachments", Ticket.class, "{}"),
          new IdEndpoint(
              "GET", "api/tickets/{ticket}/attachments/{attachment}", TicketAttachment.class, null),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/comments", Ticket.class, "{\"body\":\"Isolation\"}"),
          new IdEndpoint("POST", "api/tickets/{ticket}/reopen", Ticket.class, "{}"),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/assignment", Ticket.class, "{\"assigneeId\":1}"),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/status", Ticket.class, "{\"status\":\"SOLVED\"}"),
          new IdEndpoint("POST", "api/tickets/{ticket}/escalation", Ticket.class, "{}"),
          new IdEndpoint("DELETE", "api/tickets/{ticket}/escalation", Ticket.class, null),
          // i12-catalogue
          new IdEndpoint("GET", "api/catalogue/{item}", CatalogueItem.class, null),
          new IdEndpoint("PUT", "api/catalogue/{item}", CatalogueItem.class, ITEM_FORM),
          new IdEndpoint("POST", "api/catalogue/{item}/prices", CatalogueItem.class, PRICE_FORM),
          // i12-spaces
          new IdEndpoint("GET", "api/spaces/{space}", Space.class, null),
          new IdEndpoint("PUT", "api/spaces/{space}", Space.class, SPACE_FORM),
          new IdEndpoint("GET", "api/floors/{floor}", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}", Floor.class, FLOOR_FORM),
          new IdEndpoint("GET", "api/floors/{floor}/plan", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}/plan", Floor.class, "{}"),
          new IdEndpoint("GET", "api/floors/{floor}/spaces", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}/outlines", Floor.class, OUTLINES_FORM),
          // i12-approvals
          new IdEndpoint("GET", "api/approvals/{approval}", ApprovalRequest.class, null),
          new IdEndpoint(
              "POST",
              "api/approvals/{approval}/decision",
              ApprovalRequest.class,
              "{\"decision\":\"APPROVE\"}"),
          // i13-contracts: valid bodies, so that only the contract's id can be refused
          new IdEndpoint("GET", "api/contracts/{contract}", Contract.class, null),
          new IdEndpoint("PUT", "api/contracts/{contract}", Contract.class, CONTRACT_FORM),
          new IdEndpoint("POST", "api/contracts/{contract}/send", Contract.class, "{}"),
          new IdEndpoint(
              "POST",
              "api/contracts/{contract}/signature",
              Contract.class,
              "{\"signatoryName\":\"Isolation\",\"method\":\"PAPER\","
                  + "\"signedAt\":\"2026-11-13T10:00:00Z\"}"),
          new IdEndpoint(
              "POST",
              "api/contracts/{contract}/notice",
              Contract.class,
              "{\"noticeDate\":\"2026-12-01\"}"),
          new IdEndpoint("POST", "api/contracts/{contract}/end", Contract.class, "{}"),
          new IdEndpoint(
              "POST",
              "api/contracts/{contract}/cancel",
              Contract.class,
              "{\"reason\":\"Isolation\"}"),
          // i13-invoices
          new IdEndpoint("GET", "api/invoices/{invoice}", io.atrium.invoicing.Invoice.class, null),
          new IdEndpoint(
              "DELETE", "api/invoices/{invoice}", io.atrium.invoicing.Invoice.class, null),
          new IdEndpoint(
              "POST",
              "api/invoices/{invoice}/lines",
              io.atrium.invoicing.Invoice.class,
              INVOICE_LINE_FORM),
          new IdEndpoint(
              "PUT",
              "api/invoices/{invoice}/lines/{line}",
              io.atrium.invoicing.Invoice.class,
              INVOICE_LINE_FORM),
          new IdEndpoint(
              "DELETE",
              "api/invoices/{invoice}/lines/{line}",
              io.atrium.invoicing.Invoice.class,
              null),
          new IdEndpoint(
              "POST",
              "api/invoices/{invoice}/issue",
              io.atrium.invoicing.Invoice.class,
              "{\"issueDate\":\"" + java.time.LocalDate.now() + "\"}"),
          new IdEndpoint(
              "POST",
              "api/invoices/{invoice}/credit-notes",
              io.atrium.invoicing.Invoice.class,
              "{\"full\":true}"),
          new IdEndpoint(
              "POST", "api/invoices/{invoice}/corrective", io.atrium.invoicing.Invoice.class, "{}"),
          new IdEndpoint(
              "POST", "api/invoices/{invoice}/send", io.atrium.invoicing.Invoice.class, "{}"),
          new IdEndpoint(
              "GET", "api/invoices/{invoice}/lifecycle", io.atrium.invoicing.Invoice.class, null),
          new IdEndpoint(
              "POST",
              "api/invoices/{invoice}/lifecycle",
              io.atrium.invoicing.Invoice.class,
              LIFECYCLE_FORM),
          new IdEndpoint(
              "GET",
              "api/invoices/closings/{closing}/archive",
              io.atrium.invoicing.PeriodClosing.class,
              null),
          // i13-documents
          new IdEndpoint(
              "GET", "api/invoices/{invoice}/pdf", io.atrium.invoicing.Invoice.class, null),
          new IdEndpoint(
              "GET", "api/invoices/{invoice}/facturx", io.atrium.invoicing.Invoice.class, null),
          new IdEndpoint(
              "GET", "api/invoices/{invoice}/einvoice", io.atrium.invoicing.Invoice.class, null),
          // i13-billing
          new IdEndpoint(
              "GET",
              "api/consumptions/{consumption}",
              io.atrium.consumptions.Consumption.class,
              null),
          new IdEndpoint(
              "PUT",
              "api/consumptions/{consumption}",
              io.atrium.consumptions.Consumption.class,
              "{\"centreId\":0,\"companyId\":0,\"itemId\":0,\"quantity\":\"1\"}"),
          new IdEndpoint(
              "DELETE",
              "api/consumptions/{consumption}",
              io.atrium.consumptions.Consumption.class,
              null),
          new IdEndpoint("GET", "api/billing-runs/{run}", io.atrium.billing.BillingRun.class, null),
          new IdEndpoint(
              "POST", "api/billing-runs/{run}/resume", io.atrium.billing.BillingRun.class, "{}"),
          // i14-bookings
          new IdEndpoint("GET", "api/bookings/{booking}", io.atrium.bookings.Booking.class, null),
          new IdEndpoint(
              "GET",
              "api/bookings/{booking}/cancellation-cost",
              io.atrium.bookings.Booking.class,
              null),
          new IdEndpoint(
              "POST", "api/bookings/{booking}/cancel", io.atrium.bookings.Booking.class, "{}"),
          new IdEndpoint(
              "PUT",
              "api/bookings/{booking}",
              io.atrium.bookings.Booking.class,
              "{\"startsAt\":\"2041-03-11T12:00:00+01:00\",\"endsAt\":\"2041-03-11T13:00:00+01:00\"}"),
          new IdEndpoint(
              "POST", "api/bookings/{booking}/confirm", io.atrium.bookings.Booking.class, "{}"),
          new IdEndpoint(
              "POST", "api/bookings/{booking}/refuse", io.atrium.bookings.Booking.class, "{}"),
          new IdEndpoint(
              "GET", "api/bookings/{booking}/extras", io.atrium.bookings.Booking.class, null),
          new IdEndpoint(
              "POST",
              "api/bookings/{booking}/extras",
              io.atrium.bookings.Booking.class,
              "{\"itemId\":0,\"quantity\":1}"),
          new IdEndpoint(
              "DELETE",
              "api/bookings/{booking}/extras/{booking}",
              io.atrium.bookings.Booking.class,
              null),
          new IdEndpoint(
              "GET", "api/bookings/{booking}/access", io.atrium.bookings.Booking.class, null),
          new IdEndpoint(
              "POST", "api/bookings/{booking}/access", io.atrium.bookings.Booking.class, "{}"),
          new IdEndpoint(
              "GET", "api/bookings/{booking}/visitors", io.atrium.bookings.Booking.class, null),
          new IdEndpoint(
              "POST",
              "api/bookings/{booking}/visitors",
              io.atrium.bookings.Booking.class,
              "{\"fullName\":\"X\",\"email\":\"x@visitor.test\"}"),
          new IdEndpoint(
              "DELETE",
              "api/centre-closures/{closure}",
              io.atrium.bookings.CentreClosure.class,
              null),
          // i14-credits
          new IdEndpoint("GET", "api/credits/{pool}", io.atrium.credits.CreditPool.class, null),
          new IdEndpoint(
              "GET", "api/credits/{pool}/entries", io.atrium.credits.CreditPool.class, null),
          new IdEndpoint(
              "POST",
              "api/credits/{pool}/entries",
              io.atrium.credits.CreditPool.class,
              "{\"amount\":1,\"note\":\"x\"}"),
          // i14-day-passes
          new IdEndpoint("GET", "api/day-passes/{pass}", io.atrium.daypasses.DayPass.class, null),
          new IdEndpoint(
              "POST", "api/day-passes/{pass}/cancel", io.atrium.daypasses.DayPass.class, "{}"),
          new IdEndpoint(
              "GET", "api/day-passes/{pass}/access", io.atrium.daypasses.DayPass.class, null),
          new IdEndpoint(
              "POST", "api/day-passes/{pass}/access", io.atrium.daypasses.DayPass.class, "{}"),
          // i14-cards
          new IdEndpoint("GET", "api/cards/{card}", io.atrium.access.AccessCard.class, null),
          new IdEndpoint(
              "GET", "api/cards/{card}/history", io.atrium.access.AccessCard.class, null),
          new IdEndpoint(
              "POST",
              "api/cards/{card}/assign",
              io.atrium.access.AccessCard.class,
              "{\"memberId\":0}"),
          new IdEndpoint(
              "POST", "api/cards/{card}/release", io.atrium.access.AccessCard.class, "{}"),
          new IdEndpoint("POST", "api/cards/{card}/lost", io.atrium.access.AccessCard.class, "{}"),
          new IdEndpoint(
              "POST", "api/cards/{card}/deactivate", io.atrium.access.AccessCard.class, "{}"),
          new IdEndpoint(
              "POST", "api/cards/{card}/available", io.atrium.access.AccessCard.class, "{}"),
          new IdEndpoint("GET", "api/cards/{card}/access", io.atrium.access.AccessCard.class, null),
          new IdEndpoint(
              "POST", "api/cards/{card}/access", io.atrium.access.AccessCard.class, "{}"),
          new IdEndpoint(
              "POST",
              "api/cards/{card}/lend",
              io.atrium.access.AccessCard.class,
              "{\"bookingId\":0}"),
          new IdEndpoint("GET", "api/cards/{card}/loan", io.atrium.access.AccessCard.class, null),
          new IdEndpoint(
              "POST", "api/cards/{card}/take-back", io.atrium.access.AccessCard.class, "{}"),
          // i13-payments
          new IdEndpoint("GET", "api/payments/{payment}", io.atrium.payments.Payment.class, null),
          new IdEndpoint(
              "POST",
              "api/payments/{payment}/allocations",
              io.atrium.payments.Payment.class,
              "{\"allocations\":[{\"invoiceId\":1,\"amount\":\"1\"}]}"),
          // i13-collection
          new IdEndpoint(
              "GET", "api/exports/invoices.csv?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/payments.csv?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/fec.txt?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/gstr1.json?" + PERIOD + "&centre={centre}", Centre.class, null));

  /** The id in every placeholder but {permission}, which gets a real permission. */
  static String fill(String path, long id) {
    return path.replace("{permission}", "companies:read")
        .replaceAll("\\{[a-z]+}", Long.toString(id));
  }
}
