package io.atrium.collection;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A GSTR-1-shaped summary of one GSTIN (one centre) for the period: {@code b2b} invoices grouped by
 * the buyer's GSTIN with their items per rate, {@code b2cs} supplies to unregistered buyers summed
 * by place of supply and rate, {@code cdnr} credit notes to registered buyers. The place of supply
 * is the centre's state unless the document charged IGST (then the buyer's). Streamed.
 */
@ApplicationScoped
public class Gstr1 {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMyyyy");
  private static final String POS =
      "CASE WHEN COALESCE(l.igst_amount, 0) > 0 THEN COALESCE(i.buyer->>'stateCode',"
          + " i.seller->>'stateCode') ELSE i.seller->>'stateCode' END";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Transactional
  public void write(ExportScope scope, OutputStream out) {
    long centreId = scope.centreIds().iterator().next();
    Centre centre = em.find(Centre.class, centreId);
    JsonGenerator json = JSON.createGenerator(out);
    json.writeStartObject()
        .write("gstin", centre.getGstin())
        .write("fp", scope.to().format(PERIOD))
        .write("from", scope.from().toString())
        .write("to", scope.to().toString());
    json.writeStartArray("b2b");
    registered(scope, false, json);
    json.writeEnd();
    json.writeStartArray("b2cs");
    unregistered(scope, json);
    json.writeEnd();
    json.writeStartArray("cdnr");
    registered(scope, true, json);
    json.writeEnd();
    json.writeEnd();
    json.flush();
  }

  /** Invoices (or credit notes) to registered buyers, one group per buyer's GSTIN. */
  private void registered(ExportScope scope, boolean creditNotes, JsonGenerator json) {
    String afterCtin = "";
    LocalDate afterDay = LocalDate.of(1, 1, 1);
    long afterId = 0;
    String open = null;
    while (true) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT i.id, i.number, i.issue_date, i.gross_total, i.buyer->>'gstin',"
                      + " i.seller->>'stateCode', i.buyer->>'stateCode' FROM invoice i"
                      + " WHERE i.status = 'ISSUED' AND i.issue_date BETWEEN ?1 AND ?2 AND "
                      + scope.centres("i.centre_id")
                      + " AND i.buyer->>'gstin' IS NOT NULL AND i.kind "
                      + (creditNotes ? "= 'CREDIT_NOTE'" : "<> 'CREDIT_NOTE'")
                      + " AND (i.buyer->>'gstin', i.issue_date, i.id) > (?3, ?4, ?5)"
                      + " ORDER BY i.buyer->>'gstin', i.issue_date, i.id LIMIT "
                      + InvoicesCsv.BATCH)
              .setParameter(1, scope.from())
              .setParameter(2, scope.to())
              .setParameter(3, afterCtin)
              .setParameter(4, afterDay)
              .setParameter(5, afterId)
              .getResultList();
      if (rows.isEmpty()) {
        break;
      }
      Map<Long, List<Object[]>> items = itemsOf(rows);
      for (Object row : rows) {
        Object[] r = (Object[]) row;
        long id = ((Number) r[0]).longValue();
        String ctin = (String) r[4];
        if (!ctin.equals(open)) {
          if (open != null) {
            json.writeEnd().writeEnd();
          }
          json.writeStartObject().write("ctin", ctin).writeStartArray(creditNotes ? "nt" : "inv");
          open = ctin;
        }
        List<Object[]> lines = items.getOrDefault(id, List.of());
        boolean inter = lines.stream().anyMatch(l -> ((BigDecimal) l[3]).signum() > 0);
        LocalDate day = OverdueInvoices.day(r[2]);
        json.writeStartObject();
        if (creditNotes) {
          json.write("ntty", "C").write("nt_num", (String) r[1]).write("nt_dt", day.format(DAY));
        } else {
          json.write("inum", (String) r[1]).write("idt", day.format(DAY));
        }
        json.write("val", ((BigDecimal) r[3]).abs())
            .write("pos", inter && r[6] != null ? (String) r[6] : (String) r[5])
            .write("rchrg", "N")
            .write("inv_typ", "R");
        json.writeStartArray("itms");
        int num = 1;
        for (Object[] line : lines) {
          json.writeStartObject().write("num", num++).writeStartObject("itm_det");
          details(json, line, 1);
          json.writeEnd().writeEnd();
        }
        json.writeEnd().writeEnd();
        afterCtin = ctin;
        afterDay = day;
        afterId = id;
      }
      json.flush();
      em.clear();
    }
    if (open != null) {
      json.writeEnd().writeEnd();
    }
  }

  /** Supplies to unregistered buyers, summed by place of supply and rate. */
  private void unregistered(ExportScope scope, JsonGenerator json) {
    for (Object row :
        em.createNativeQuery(
                "SELECT "
                    + POS
                    + ", l.tax_rate, sum(l.net_amount), sum(COALESCE(l.igst_amount, 0)),"
                    + " sum(COALESCE(l.cgst_amount, 0)), sum(COALESCE(l.sgst_amount, 0))"
                    + " FROM invoice_line l JOIN invoice i ON i.tenant_id = l.tenant_id"
                    + " AND i.id = l.invoice_id WHERE i.status = 'ISSUED' AND i.kind <> 'CREDIT_NOTE'"
                    + " AND i.issue_date BETWEEN ?1 AND ?2 AND "
                    + scope.centres("i.centre_id")
                    + " AND i.buyer->>'gstin' IS NULL GROUP BY 1, 2 ORDER BY 1, 2")
            .setParameter(1, scope.from())
            .setParameter(2, scope.to())
            .getResultList()) {
      Object[] r = (Object[]) row;
      boolean inter = ((BigDecimal) r[3]).signum() > 0;
      json.writeStartObject()
          .write("sply_ty", inter ? "INTER" : "INTRA")
          .write("pos", String.valueOf(r[0]))
          .write("typ", "OE");
      details(json, r, 1);
      json.writeEnd();
    }
  }

  /** rt, txval, iamt, camt, samt, csamt from a row [.., rate, net, igst, cgst, sgst]. */
  private static void details(JsonGenerator json, Object[] r, int rate) {
    BigDecimal percent = ((BigDecimal) r[rate]).stripTrailingZeros();
    json.write("rt", percent.scale() < 0 ? percent.setScale(0) : percent)
        .write("txval", ((BigDecimal) r[rate + 1]).abs())
        .write("iamt", ((BigDecimal) r[rate + 2]).abs())
        .write("camt", ((BigDecimal) r[rate + 3]).abs())
        .write("samt", ((BigDecimal) r[rate + 4]).abs())
        .write("csamt", BigDecimal.ZERO);
  }

  /** Each document's lines summed per rate: [invoice, rate, net, igst, cgst, sgst]. */
  private Map<Long, List<Object[]>> itemsOf(List<?> rows) {
    String ids =
        rows.stream()
            .map(row -> String.valueOf(((Object[]) row)[0]))
            .collect(Collectors.joining(","));
    Map<Long, List<Object[]>> items = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT l.invoice_id, l.tax_rate, sum(l.net_amount),"
                    + " sum(COALESCE(l.igst_amount, 0)), sum(COALESCE(l.cgst_amount, 0)),"
                    + " sum(COALESCE(l.sgst_amount, 0)) FROM invoice_line l WHERE l.invoice_id IN ("
                    + ids
                    + ") GROUP BY 1, 2 ORDER BY 1, 2")
            .getResultList()) {
      Object[] r = (Object[]) row;
      items.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
    }
    return items;
  }
}
