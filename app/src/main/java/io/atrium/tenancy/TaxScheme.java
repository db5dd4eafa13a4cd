package io.atrium.tenancy;

/** How a centre charges tax: French VAT (TVA), or Indian GST registered per state. */
public enum TaxScheme {
  VAT,
  GST
}
