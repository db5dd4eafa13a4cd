package io.atrium.contracts.api;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractDraft;
import io.atrium.contracts.PaymentMethod;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft contract, to create one or replace its terms and lines. Decimals are strings ("1300.00"),
 * days ISO ({@code 2026-11-14}).
 */
@Schema(name = "ContractForm")
public record ContractForm(
    @Schema(required = true, description = "one of the caller's centres; ignored when editing")
        Long centreId,
    @Schema(description = "the client company; or give memberId") Long companyId,
    @Schema(description = "an on-demand member; or give companyId") Long memberId,
    @Schema(required = true, format = "date", example = "2026-11-14") @Text(max = 10)
        String startDate,
    @Schema(description = "0, 3, 6, 12, 24 or 36; 0 when absent") Integer commitmentMonths,
    @Schema(description = "0 to 12; 1 when absent") Integer noticeMonths,
    @Schema(format = "date", description = "absent: open-ended") @Text(max = 10) String endDate,
    @Schema(
            enumeration = {"ADVANCE", "ARREARS"},
            description = "ADVANCE when absent")
        @Text(max = 10)
        String billingTiming,
    @Schema(description = "1 to 28; 1 when absent") Integer billingDay,
    @Schema(description = "a decimal string, 0 or more", example = "1300.00") @Text(max = 20)
        String depositAmount,
    @Schema(
            enumeration = {"TRANSFER", "SEPA", "CARD", "CHEQUE", "CASH"},
            description = "TRANSFER when absent")
        @Text(max = 10)
        String paymentMethod,
    @Schema(maxLength = 2000) @Text(max = 2000, multiline = true) String notes,
    @Schema(description = "main services and monthly options, at most 50") @Size(max = 50)
        List<@Valid LineForm> lines) {

  /** A line: an item of the centre (MAIN or OPTION), or a space of the centre, or both. */
  @Schema(name = "ContractLineForm")
  public record LineForm(
      @Schema(description = "a catalogue item offered in the centre") Long itemId,
      @Schema(description = "a space of the centre, for a main service") Long spaceId,
      @Schema(description = "a decimal string; 1 when absent") @Text(max = 20) String quantity,
      @Schema(description = "percent 0 to 100, a decimal string; 0 when absent") @Text(max = 20)
          String discountPercent) {}

  /** Runs a command on the draft the form makes; unreadable fields join the service's errors. */
  <T> T apply(Function<ContractDraft, T> command) {
    Map<String, String> unreadable = new LinkedHashMap<>();
    ContractDraft draft = toDraft(unreadable);
    if (!unreadable.isEmpty()) {
      throw new InvalidFieldsException(unreadable);
    }
    return command.apply(draft);
  }

  private ContractDraft toDraft(Map<String, String> unreadable) {
    ContractDraft draft = new ContractDraft();
    draft.setCentreId(centreId);
    draft.setCompanyId(companyId);
    draft.setMemberId(memberId);
    draft.setStartDate(Fields.day(startDate, "startDate", unreadable));
    draft.setEndDate(Fields.day(endDate, "endDate", unreadable));
    draft.setCommitmentMonths(commitmentMonths == null ? 0 : commitmentMonths);
    draft.setNoticeMonths(noticeMonths == null ? 1 : noticeMonths);
    draft.setBillingDay(billingDay == null ? 1 : billingDay);
    Contract.BillingTiming timing =
        Fields.named(Contract.BillingTiming.class, billingTiming, "billingTiming", unreadable);
    draft.setBillingTiming(timing == null ? Contract.BillingTiming.ADVANCE : timing);
    PaymentMethod method =
        Fields.named(PaymentMethod.class, paymentMethod, "paymentMethod", unreadable);
    draft.setPaymentMethod(method == null ? PaymentMethod.TRANSFER : method);
    BigDecimal deposit = Fields.decimal(depositAmount, "depositAmount", unreadable);
    draft.setDepositAmount(deposit == null ? BigDecimal.ZERO : deposit);
    draft.setNotes(notes);
    List<ContractDraft.Line> drafted = new ArrayList<>();
    List<LineForm> given = lines == null ? List.of() : lines;
    for (int i = 0; i < given.size(); i++) {
      LineForm line = given.get(i);
      if (line == null) {
        unreadable.put("lines[" + i + "]", "contract.line.itemRequired");
        continue;
      }
      BigDecimal quantity = Fields.decimal(line.quantity(), "lines[" + i + "]", unreadable);
      BigDecimal discount = Fields.decimal(line.discountPercent(), "lines[" + i + "]", unreadable);
      drafted.add(
          new ContractDraft.Line(
              line.itemId(),
              line.spaceId(),
              quantity == null ? BigDecimal.ONE : quantity,
              discount == null ? BigDecimal.ZERO : discount));
    }
    draft.setLines(drafted);
    return draft;
  }
}
