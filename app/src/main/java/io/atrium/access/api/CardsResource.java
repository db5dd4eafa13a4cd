package io.atrium.access.api;

import io.atrium.access.AccessCard;
import io.atrium.access.CardImports;
import io.atrium.access.CardLoan;
import io.atrium.access.CardLoans;
import io.atrium.access.Cards;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.Text;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Access cards: RFID import (access-cards:create), client card distribution and each card's life
 * (access-cards:edit); a client company's administrator lists the company's cards and gives them to
 * its members. An import or a distribution is all or nothing: a refusal lists every wrong line in
 * the problem's {@code lines}.
 */
@Path("/cards")
@Tag(name = "Access cards")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CardsResource {

  @Inject Cards cards;

  @Inject CardImports imports;

  @Inject CardLoans loans;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Cards by number (access-cards:read; a client admin: the company's)")
  public Page<CardSummary> list(
      @QueryParam("centre") Long centre,
      @QueryParam("state") String state,
      @QueryParam("company") Long company,
      @QueryParam("number") String number,
      @BeanParam PageRequest paging) {
    Cards.Search search = new Cards.Search(centre, state(state), company, digits(number));
    return paging.of(
        cards.list(search, paging.offset(), paging.size()).stream().map(CardSummary::of).toList(),
        cards.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A card")
  @APIResponse(responseCode = "404", description = "No such card for this caller")
  public CardSummary get(@PathParam("id") long id) {
    return CardSummary.of(cards.get(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "The card's changes since its import, oldest first")
  public List<Cards.Step> history(@PathParam("id") long id) {
    return cards.history(id);
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "RFID import: a UTF-8 CSV of card numbers (header: number, optional facilityCode and"
              + " type) into a centre, all or nothing (access-cards:create)")
  @APIResponse(responseCode = "201", description = "The cards are available")
  @APIResponse(responseCode = "400", description = "Refused: the wrong lines, in lines")
  public Response importCards(
      @QueryParam("centre") Long centre, @QueryParam("file") String file, InputStream csv) {
    try {
      CardImports.Imported imported = imports.importFile(centre, file, csv);
      return Response.status(201).entity(imported).build();
    } finally {
      drain(csv);
    }
  }

  /**
   * Reads what a refused upload left unread (up to a bound), so the client, still sending, gets the
   * answer rather than a reset connection.
   */
  private static void drain(InputStream csv) {
    try {
      byte[] buffer = new byte[65536];
      long left = 16L * 1024 * 1024;
      for (int n = csv.read(buffer); n > 0 && left > 0; n = csv.read(buffer)) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // The connection is closed with the answer: nothing more to do.
    }
  }

  /** Cards to hand to a company, by number. */
  public record Distribution(
      @Schema(required = true) Long companyId,
      @Schema(required = true, description = "card numbers, at most 5,000") @Size(max = 5000)
          List<@Text(max = 20) String> numbers) {}

  @POST
  @Path("/distribute")
  @Operation(
      summary =
          "Client card distribution: available cards of the company's centre go to the company,"
              + " all or nothing (access-cards:edit)")
  @APIResponse(responseCode = "400", description = "Refused: each wrong number, by position")
  public Distributed distribute(@Valid Distribution form) {
    if (form == null || form.numbers() == null) {
      throw InvalidFieldsException.of("numbers", "card.distribute.none");
    }
    List<Cards.Numbered> numbered = new ArrayList<>();
    for (int i = 0; i < form.numbers().size(); i++) {
      String number = form.numbers().get(i);
      numbered.add(new Cards.Numbered(i + 1, number == null ? "" : number.strip()));
    }
    return new Distributed(cards.distribute(form.companyId(), numbered));
  }

  /** How many cards a distribution handed over. */
  public record Distributed(int cards) {}

  /** The member a card is given to. */
  public record Assignment(@Schema(required = true) Long memberId) {}

  @POST
  @Path("/{id}/assign")
  @Operation(summary = "Gives a company's card to one of its members")
  public CardSummary assign(@PathParam("id") long id, @Valid Assignment form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return CardSummary.of(cards.assign(id, form.memberId()));
  }

  @POST
  @Path("/{id}/release")
  @Operation(summary = "Takes a card back from its member to the company's cards")
  public CardSummary release(@PathParam("id") long id) {
    return CardSummary.of(cards.release(id));
  }

  @POST
  @Path("/{id}/lost")
  @Operation(summary = "Declares a card lost: it opens no door")
  public CardSummary lost(@PathParam("id") long id) {
    return CardSummary.of(cards.lost(id));
  }

  @POST
  @Path("/{id}/deactivate")
  @Operation(summary = "Puts a card out of service for good (access-cards:edit)")
  public CardSummary deactivate(@PathParam("id") long id) {
    return CardSummary.of(cards.deactivate(id));
  }

  @POST
  @Path("/{id}/available")
  @Operation(summary = "Takes a card back to the centre's available cards (access-cards:edit)")
  public CardSummary available(@PathParam("id") long id) {
    return CardSummary.of(cards.makeAvailable(id));
  }

  /** The booking a temporary card is lent for. */
  public record Loan(
      @Schema(description = "the booking it is lent for; or else") Long bookingId,
      @Schema(description = "the day pass it is lent for (for the pass's day)") Long dayPassId) {}

  /** A card's loan: for which booking or day pass, from when to when (UTC instants). */
  public record LoanSummary(
      long cardId, Long bookingId, Long dayPassId, String startsAt, String endsAt, String endedAt) {

    static LoanSummary of(CardLoan loan) {
      return new LoanSummary(
          loan.getCard().getId(),
          loan.getBookingId(),
          loan.getDayPassId(),
          loan.getStartsAt().toString(),
          loan.getEndsAt().toString(),
          loan.getEndedAt() == null ? null : loan.getEndedAt().toString());
    }
  }

  @POST
  @Path("/{id}/lend")
  @Operation(
      summary =
          "Lends an available temporary card for a booking or a day pass of its centre: active"
              + " from the booking's start to its end (the pass's day), then available again by"
              + " itself (access-cards:edit)")
  @APIResponse(responseCode = "201", description = "Lent")
  @APIResponse(responseCode = "409", description = "Not an available temporary card")
  public Response lend(@PathParam("id") long id, @Valid Loan form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return Response.status(201)
        .entity(LoanSummary.of(loans.lend(id, form.bookingId(), form.dayPassId())))
        .build();
  }

  @GET
  @Path("/{id}/loan")
  @Operation(summary = "The card's loan in progress")
  @APIResponse(responseCode = "404", description = "No such card, or not lent")
  public LoanSummary loan(@PathParam("id") long id) {
    return loans.openLoan(id).map(LoanSummary::of).orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("/{id}/take-back")
  @Operation(summary = "Takes a lent card back before its booking's end (access-cards:edit)")
  public CardSummary takeBack(@PathParam("id") long id) {
    return CardSummary.of(loans.takeBack(id));
  }

  private static AccessCard.State state(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return AccessCard.State.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("state", "card.state.unknown");
    }
  }

  private static String digits(String number) {
    if (number != null && number.length() > 20) {
      throw InvalidFieldsException.of("number", "card.number.search");
    }
    return number;
  }
}
