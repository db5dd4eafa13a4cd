package io.atrium.contracts.web;

import io.atrium.contracts.Contract;
import io.atrium.contracts.ContractLifecycle;
import io.atrium.contracts.Contracts;
import io.atrium.contracts.Signature;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The life-cycle steps of a contract's page: send, record the signature (who, how, day and time on
 * the centre's clock), give notice (the day), end, cancel (the reason). Each step done reloads the
 * page with its outcome; a refusal stays in its dialog, field by field.
 */
@Named
@ViewScoped
public class ContractStepsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContractLifecycle lifecycle;

  @Inject Contracts contracts;

  private long id;
  private ZoneId zone;
  private String signatoryName;
  private Contract.SignatureMethod method = Contract.SignatureMethod.PAPER;
  private LocalDate signedOn;
  private LocalTime signedTime;
  private LocalDate noticeDate;
  private String reason;

  public void load() {
    Long given = ContractParams.id("id");
    if (given != null) {
      Contract contract = contracts.get(given);
      id = given;
      zone = contract.getCentre().zone();
      signedOn = LocalDate.now(zone);
      signedTime = LocalTime.now(zone).withSecond(0).withNano(0);
      noticeDate = LocalDate.now(zone);
    }
  }

  public void send() throws IOException {
    step(() -> lifecycle.send(id), "contract.sent", "head");
  }

  public void sign() throws IOException {
    Signature signature =
        new Signature(
            signatoryName,
            method,
            signedOn == null || signedTime == null
                ? null
                : signedOn.atTime(signedTime).atZone(zone).toInstant());
    try {
      List<Invoice> issued = lifecycle.sign(id, signature);
      Messages.addFlashGlobalInfo(
          "contract.signed",
          issued.stream().map(Invoice::getNumber).collect(Collectors.joining(", ")));
      reload();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "signForm");
    }
  }

  public void notice() throws IOException {
    step(() -> lifecycle.notice(id, noticeDate), "contract.noticed", "noticeForm");
  }

  public void end() throws IOException {
    step(() -> lifecycle.end(id), "contract.ended", "head");
  }

  public void cancel() throws IOException {
    step(() -> lifecycle.cancel(id, reason), "contract.cancelled", "cancelForm");
  }

  private void step(Runnable command, String doneKey, String formId) throws IOException {
    try {
      command.run();
      Messages.addFlashGlobalInfo(doneKey);
      reload();
    } catch (BusinessException refused) {
      PageErrors.show(refused, formId);
    }
  }

  private void reload() throws IOException {
    Faces.redirect(Faces.getRequestContextPath() + "/contracts/contract.xhtml?id=" + id);
  }

  public Contract.SignatureMethod[] getMethods() {
    return Contract.SignatureMethod.values();
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public void setSignatoryName(String signatoryName) {
    this.signatoryName = signatoryName;
  }

  public Contract.SignatureMethod getMethod() {
    return method;
  }

  public void setMethod(Contract.SignatureMethod method) {
    this.method = method;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalTime getSignedTime() {
    return signedTime;
  }

  public void setSignedTime(LocalTime signedTime) {
    this.signedTime = signedTime;
  }

  public LocalDate getNoticeDate() {
    return noticeDate;
  }

  public void setNoticeDate(LocalDate noticeDate) {
    this.noticeDate = noticeDate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
