package io.atrium.tenancy.manifest;

/**
 * A postal address as printed on invoices.
 *
 * @param line street and number, possibly several lines
 * @param country ISO 3166 alpha-2 code
 */
public record Address(String line, String postalCode, String city, String country) {}
