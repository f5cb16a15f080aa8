package org.napacademy.interfaces.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.napacademy.application.ImportRefused;

/**
 * Streams a CSV file (RFC 4180; UTF-8 with or without a byte order mark) line by line. Bytes that are not
 * UTF-8 stop the reading with a clear refusal instead of turning into replacement characters. A header
 * with semicolons and no commas (what spreadsheets in Spanish, Portuguese or French save) sets the delimiter.
 */
final class CsvRows {
    private static final int HEADER_PEEK = 64 * 1024;

    private CsvRows() { }

    static void read(Path file, Consumer<SheetRow> rows) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            reader.mark(HEADER_PEEK);
            if (reader.read() != '\uFEFF') reader.reset();
            reader.mark(HEADER_PEEK);
            var header = reader.readLine();
            reader.reset();
            char delimiter = header != null && header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
            var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
            try (var parser = format.parse(reader)) {
                for (var record : parser) {
                    var cells = new ArrayList<String>(record.size());
                    record.forEach(cells::add);
                    rows.accept(new SheetRow(record.getRecordNumber(), cells));
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw notUtf8();
            throw unreadable(e.getCause());
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw notUtf8();
            throw unreadable(e);
        }
    }

    private static ImportRefused notUtf8() {
        return new ImportRefused(ImportRefused.Reason.UNREADABLE,
                "The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\" and upload it again");
    }

    private static ImportRefused unreadable(IOException e) {
        return new ImportRefused(ImportRefused.Reason.UNREADABLE, "The CSV file cannot be read: " + e.getMessage());
    }
}
