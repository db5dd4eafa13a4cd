package io.atrium.access.web;

import io.atrium.access.AccessCard;
import io.atrium.access.CardChoices;
import io.atrium.access.CardImports;
import io.atrium.access.CardLoans;
import io.atrium.access.Cards;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.csv.CsvReader;
import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.csv.LineError;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Access → Cards: a centre's cards with their state and holder; the RFID import (a CSV of numbers
 * into the centre), the client card distribution (a CSV of numbers to a company of the centre), and
 * per card: give to a member, declare lost, deactivate, make available. Refused files list every
 * wrong line under their form; nothing of them was written.
 */
@Named
@ViewScoped
public class CardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A distribution file is a short list: read at most this much of it. */
  private static final int DISTRIBUTION_LIMIT = 256 * 1024;

  @Inject Caller caller;

  @Inject Cards cards;

  @Inject CardImports imports;

  @Inject CardChoices choices;

  @Inject Centres centres;

  @Inject CardLoans loans;

  private List<Centre> centreChoices = List.of();
  private Long centreId;
  private AccessCard.State state;
  private String number;
  private List<AccessCard> rows = List.of();
  private long total;
  private Long companyId;
  private Long cardId;
  private Long memberId;
  private Long bookingId;
  private Long dayPassId;
  private transient UploadedFile file;
  private transient UploadedFile batch;
  private final ArrayList<LineError> errors = new ArrayList<>();
  private String errorsOf;

  public void open() {
    caller.require(Area.ACCESS_CARDS, Action.READ);
    centreChoices = centres.visible();
    centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    load();
  }

  public void load() {
    if (centreId == null) {
      rows = List.of();
      return;
    }
    Cards.Search search = new Cards.Search(centreId, state, null, number);
    rows = cards.list(search, 0, 200);
    total = cards.count(search);
  }

  public void importFile() {
    errors.clear();
    errorsOf = "import";
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      CardImports.Imported done =
          imports.importFile(centreId, file == null ? null : file.getFileName(), in);
      Messages.addGlobalInfo("card.imported", done.cards());
      load();
    } catch (ImportRefusedException refused) {
      errors.addAll(refused.errors());
      Messages.addGlobalError(refused.messageKey(), refused.arguments());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "importForm");
    } catch (IOException unreadable) {
      Messages.addGlobalError("card.import.unreadable");
    }
  }

  public void distribute() {
    errors.clear();
    errorsOf = "distribute";
    try {
      List<Cards.Numbered> numbers = numbers();
      int given = cards.distribute(companyId, numbers);
      Messages.addGlobalInfo("card.distributed", given);
      load();
    } catch (ImportRefusedException refused) {
      errors.addAll(refused.errors());
      Messages.addGlobalError(refused.messageKey(), refused.arguments());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "distributeForm");
    }
  }

  /** The batch file's numbers: the first cell of each line, a header line skipped. */
  private List<Cards.Numbered> numbers() {
    List<Cards.Numbered> numbers = new ArrayList<>();
    if (batch == null || batch.getSize() == 0) {
      return numbers;
    }
    try (InputStream in = batch.getInputStream()) {
      byte[] content = in.readNBytes(DISTRIBUTION_LIMIT);
      for (CsvReader.Row row : CsvReader.read(new String(content, StandardCharsets.UTF_8))) {
        String first = row.cell(0);
        if (row.line() == 1 && !first.matches("[0-9]+")) {
          continue;
        }
        numbers.add(new Cards.Numbered(row.line(), first));
      }
    } catch (IOException | CsvReader.MalformedException e) {
      throw new ImportRefusedException(
          "card.distribute.refused",
          "card.column.",
          List.of(new LineError(1, null, "card.import.unreadable")),
          1);
    }
    return numbers;
  }

  /** Opens the "give to a member" dialog for a card of a company. */
  public void startAssign(AccessCard card) {
    cardId = card.getId();
    memberId = card.getMember() == null ? null : card.getMember().getId();
    companyId = card.getCompany().getId();
  }

  public void assign() {
    if (PageErrors.run(() -> cards.assign(cardId, memberId), "card.assigned", "assignForm")) {
      load();
    }
  }

  /** Opens the "lend for a booking" dialog for an available temporary card. */
  public void startLend(AccessCard card) {
    cardId = card.getId();
    bookingId = null;
    dayPassId = null;
  }

  public void lend() {
    if (PageErrors.run(
        () -> loans.lend(cardId, bookingId, dayPassId), "card.lentDone", "lendForm")) {
      load();
    }
  }

  public void takeBack(long id) {
    PageErrors.run(() -> loans.takeBack(id), "card.takenBackDone", "cards");
    load();
  }

  public List<CardChoices.PassChoice> getDayPasses() {
    return cardId == null ? List.of() : choices.dayPasses(centreId);
  }

  public Long getDayPassId() {
    return dayPassId;
  }

  public void setDayPassId(Long dayPassId) {
    this.dayPassId = dayPassId;
  }

  public List<CardChoices.BookingChoice> getBookings() {
    return cardId == null ? List.of() : choices.bookings(centreId);
  }

  /** The chosen centre's clock, for the bookings' times. */
  public java.time.ZoneId getZone() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .map(Centre::zone)
        .findFirst()
        .orElse(java.time.ZoneOffset.UTC);
  }

  public Long getBookingId() {
    return bookingId;
  }

  public void setBookingId(Long bookingId) {
    this.bookingId = bookingId;
  }

  public void lost(long id) {
    PageErrors.run(() -> cards.lost(id), "card.lostDone", "cards");
    load();
  }

  public void deactivate(long id) {
    PageErrors.run(() -> cards.deactivate(id), "card.deactivatedDone", "cards");
    load();
  }

  public void makeAvailable(long id) {
    PageErrors.run(() -> cards.makeAvailable(id), "card.availableDone", "cards");
    load();
  }

  public boolean isMayImport() {
    return caller.can("access-cards:create");
  }

  public boolean isMayEdit() {
    return caller.can("access-cards:edit");
  }

  public List<CardChoices.Choice> getCompanies() {
    return choices.companies(centreId);
  }

  public List<CardChoices.Choice> getMembers() {
    return companyId == null || cardId == null ? List.of() : choices.members(companyId);
  }

  public List<AccessCard.State> getStates() {
    return List.of(AccessCard.State.values());
  }

  public String getCentreLabel() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(centreId))
        .map(Centre::getName)
        .findFirst()
        .orElse("");
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public AccessCard.State getState() {
    return state;
  }

  public void setState(AccessCard.State state) {
    this.state = state;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public List<AccessCard> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public UploadedFile getBatch() {
    return batch;
  }

  public void setBatch(UploadedFile batch) {
    this.batch = batch;
  }

  /**
   * The wrong lines of the last refused file, under the form ({@link #getErrorsOf}) it came from.
   */
  public List<LineError> getErrors() {
    return errors;
  }

  public String getErrorsOf() {
    return errorsOf;
  }
}
