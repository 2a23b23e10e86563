package dev.showroom.lead.intake.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) with a header row naming the columns
 * name, phone and optionally email, channel, source_detail, model_of_interest, notes. A row with the
 * wrong number of fields is rejected on its own; an unterminated quote makes the file malformed.
 */
public final class CsvReader {

    private CsvReader() {}

    public static List<ImportedRecord> read(String csv) {
        List<List<String>> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (rows.isEmpty()) {
            throw new MalformedFileException("the CSV file is empty");
        }
        List<String> header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), i);
        }
        if (!column.containsKey("name") || !column.containsKey("phone")) {
            throw new MalformedFileException("the header row must name the columns name and phone");
        }
        List<ImportedRecord> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            int index = records.size() + 1;
            if (row.size() != header.size()) {
                records.add(ImportedRecord.unreadable(
                        index, "line " + (r + 1) + ": expected " + header.size() + " fields, found " + row.size()));
                continue;
            }
            records.add(new ImportedRecord(
                    index,
                    get(row, column, "name"),
                    get(row, column, "phone"),
                    get(row, column, "email"),
                    get(row, column, "channel"),
                    get(row, column, "sourcedetail"),
                    get(row, column, "modelofinterest") != null
                            ? get(row, column, "modelofinterest")
                            : get(row, column, "model"),
                    get(row, column, "notes"),
                    null));
        }
        return records;
    }

    private static String get(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedFileException("a quoted field is never closed");
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
