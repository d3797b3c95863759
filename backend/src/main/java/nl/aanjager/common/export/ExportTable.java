package nl.aanjager.common.export;

import java.util.List;

/**
 * What a list looks like as a file: the sheet's title, the file name (without date and
 * extension) and the columns, each in the languages a file can be written in.
 */
public record ExportTable<T>(Words title, Words fileName, List<Column<T>> columns) {
}
