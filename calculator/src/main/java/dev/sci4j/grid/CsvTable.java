package dev.sci4j.grid;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.sci4j.input.InputFiles;
import dev.sci4j.input.InvalidInputException;
import dev.sci4j.input.ParseProblems;
import dev.sci4j.rules.json.JsonMappers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A CSV file read as a header and rows of text, each row with its line number. Columns are found by header
 * name, case-insensitively. Read-only after construction.
 */
final class CsvTable {
    private static final CsvFactory FACTORY = JsonMappers.limited(new CsvFactory());

    record Row(long line, List<String> cells) {
        String get(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    private final Path file;
    private final long headerLine;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, long headerLine, List<String> header, List<Row> rows) {
        this.file = file;
        this.headerLine = headerLine;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path file) {
        List<Row> all = new ArrayList<>();
        String text = InputFiles.text(file, InputFiles.Kind.SERIES);
        try (CsvParser parser = FACTORY.createParser(text)) {
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                // The row's START_ARRAY reports where the previous row ended, so take the line of its first cell.
                long line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                if (!(cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty())) {
                    all.add(new Row(line, cells));
                }
            }
        } catch (StreamReadException e) {
            throw InvalidInputException.inFile(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "(row)",
                    "is not valid CSV: " + ParseProblems.problem(e));
        } catch (IOException e) {
            throw InvalidInputException.file(file, "cannot be read: " + InputFiles.describe(e));
        }
        if (all.isEmpty()) {
            throw InvalidInputException.file(file, "is empty: expected a CSV header line and data rows");
        }
        List<String> header = new ArrayList<>(all.get(0).cells());
        // Spreadsheet exports may start with a UTF-8 byte order mark, which is not part of the first name.
        header.set(0, header.get(0).replace("\uFEFF", "").trim());
        List<Row> rows = List.copyOf(all.subList(1, all.size()));
        for (Row row : rows) {
            if (row.cells().size() > header.size()) {
                throw InvalidInputException.inFile(
                        file,
                        row.line(),
                        "(row)",
                        "has " + row.cells().size() + " values but the header names " + header.size() + " columns");
            }
        }
        return new CsvTable(file, all.get(0).line(), List.copyOf(header), rows);
    }

    Path file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** The line of the header. */
    long headerLine() {
        return headerLine;
    }

    /**
     * The index of the single column whose lower-cased name satisfies {@code matches}, or -1 when none does;
     * several matches are an error because choosing one would be a silent guess.
     */
    int column(Predicate<String> matches, String what) {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (matches.test(header.get(i).toLowerCase(Locale.ROOT))) {
                if (found >= 0) {
                    throw InvalidInputException.inFile(
                            file,
                            headerLine(),
                            header.get(i),
                            "is a second " + what + " column besides '" + header.get(found) + "': keep only one");
                }
                found = i;
            }
        }
        return found;
    }

    /** Like {@link #column} but the column must exist. */
    int requiredColumn(Predicate<String> matches, String what, String accepted) {
        int index = column(matches, what);
        if (index < 0) {
            throw InvalidInputException.inFile(
                    file, headerLine(), what, "no column found in header " + header + ": name it " + accepted);
        }
        return index;
    }
}
