package io.atrium.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API used by the client space's mobile app and integrations. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Atrium API",
            version = "0.1",
            description =
                "Coworking and flex-space operations. Sign in with POST /api/auth/token and send"
                    + " the access token as a bearer token. Errors are RFC 9457 problem details"
                    + " (application/problem+json), in the language of Accept-Language (en, fr)."),
    tags = {
      @Tag(name = "About", description = "Which API this is"),
      @Tag(name = "Authentication", description = "Tokens and the signed-in caller"),
      @Tag(name = "Companies", description = "Client companies and their members"),
      @Tag(name = "Members", description = "Members of client companies"),
      @Tag(name = "Staff", description = "The operator's staff and their roles"),
      @Tag(name = "Visitors", description = "Reception: invitations, walk-ins, arrivals"),
      @Tag(name = "Tickets", description = "Helpdesk tickets, comments and attachments"),
      @Tag(name = "Events", description = "Community events and answers"),
      // i12-catalogue
      @Tag(name = "Catalogue", description = "The service catalogue and its prices per centre"),
      // i12-approvals
      @Tag(name = "Approvals", description = "Discount approvals: the inbox and decisions"),
      // i12-pricing
      @Tag(name = "Pricing", description = "Prices, pricing rules and the pricing service"),
      // i12-spaces
      @Tag(name = "Spaces", description = "Floors, their plans, and the spaces of each centre"),
      // i13-contracts
      @Tag(name = "Contracts", description = "Contracts: drafts, signature, notice and end"),
      // i13-invoices
      @Tag(
          name = "Invoices",
          description =
              "Invoices and credit notes, corrections, footprint chains, period closing and the"
                  + " e-invoice life cycle"),
      // i13-documents
      @Tag(
          name = "Invoice documents",
          description = "The PDF/A-3, Factur-X and GST e-invoice of issued invoices"),
      // i13-payments
      @Tag(
          name = "Payments",
          description =
              "Payments, their allocations and credit, balances, card payments and their webhooks"),
      // i13-billing
      @Tag(name = "Consumptions", description = "What clients used, by the unit, and billing it"),
      @Tag(name = "Billing runs", description = "The monthly billing run: start, progress, resume"),
      @Tag(name = "Credits", description = "Credit pools and allowances, and their ledger"),
      // i13-collection
      @Tag(
          name = "Accounting exports",
          description = "Invoices, credit notes and payments as CSV, the FEC and GSTR-1")
    })
public class AtriumApi extends Application {}
