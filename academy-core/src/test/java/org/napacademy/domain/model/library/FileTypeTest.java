package org.napacademy.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void a_pdf_is_known_by_its_magic_number() {
        assertThat(FileType.sniff(LibraryFiles.pdf())).contains(FileType.PDF);
    }

    @Test
    void png_and_jpeg_images_are_known_by_their_signatures() {
        assertThat(FileType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})).contains(FileType.PNG);
        assertThat(FileType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0})).contains(FileType.JPEG);
    }

    @Test
    void office_open_xml_files_are_told_apart_by_their_main_part() {
        assertThat(FileType.sniff(LibraryFiles.zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.sniff(LibraryFiles.zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
        assertThat(FileType.sniff(LibraryFiles.zip("[Content_Types].xml", "ppt/presentation.xml"))).contains(FileType.PPTX);
    }

    @Test
    void open_document_files_are_told_apart_by_their_mimetype_entry() {
        assertThat(FileType.sniff(LibraryFiles.openDocument("application/vnd.oasis.opendocument.text"))).contains(FileType.ODT);
        assertThat(FileType.sniff(LibraryFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet"))).contains(FileType.ODS);
        assertThat(FileType.sniff(LibraryFiles.openDocument("application/vnd.oasis.opendocument.presentation"))).contains(FileType.ODP);
        assertThat(FileType.sniff(LibraryFiles.openDocument("application/vnd.oasis.opendocument.graphics"))).isEmpty();
    }

    @Test
    void any_other_zip_text_or_executable_is_unknown_whatever_its_name_claims() {
        assertThat(FileType.sniff(LibraryFiles.zip("readme.txt", "word/document.xml"))).as("no [Content_Types].xml").isEmpty();
        assertThat(FileType.sniff(LibraryFiles.zip("[Content_Types].xml", "other/part.xml"))).isEmpty();
        assertThat(FileType.sniff("<html><body>report.pdf</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(FileType.sniff(new byte[] {'P', 'K', 3, 4, 1, 2})).as("a broken zip").isEmpty();
        assertThat(FileType.sniff(new byte[0])).isEmpty();
        assertThat(FileType.sniff(null)).isEmpty();
    }
}
