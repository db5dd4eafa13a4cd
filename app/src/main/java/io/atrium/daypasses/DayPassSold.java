package io.atrium.daypasses;

/**
 * A day pass was sold, fired in the selling transaction: observers act on it there (access queues
 * its door and Wi-Fi grants for the day), so the pass and its access commit together.
 */
public record DayPassSold(DayPass pass) {}
