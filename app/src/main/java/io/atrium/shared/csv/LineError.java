package io.atrium.shared.csv;

import java.io.Serializable;

/**
 * One wrong cell of an imported file (or a whole line, column null): the file's line number as a
 * spreadsheet shows it, the column's name and the bundle key saying what is wrong.
 */
public record LineError(int line, String column, String key) implements Serializable {}
