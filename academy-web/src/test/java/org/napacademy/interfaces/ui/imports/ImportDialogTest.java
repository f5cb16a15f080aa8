package org.napacademy.interfaces.ui.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.ImportPreviewRow;
import org.napacademy.application.ImportReport;
import org.napacademy.application.ImportedParticipant;
import org.napacademy.application.RowError;
import org.napacademy.interfaces.imports.ImportKind;
import org.napacademy.interfaces.imports.ImportLimits;
import org.napacademy.interfaces.ui.ViewTestSupport;

/** The import dialog shows what a preview found: errors keep the import disabled, clean rows enable it. */
class ImportDialogTest {

    @AfterEach
    void tearDown() { ViewTestSupport.tearDown(); }

    @Test
    void errors_are_listed_by_row_and_column_and_the_import_stays_disabled() {
        var dialog = opened(Locale.ENGLISH);

        dialog.show(new ImportReport(3, 2, 0, List.of(new RowError(4, "Sex", "Not one of the choices: Feminine")), 1,
                List.of(new ImportPreviewRow(2, "Nina Quispe")), false));

        var errors = dialog.errorGrid();
        assertThat(GridKt._size(errors)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(errors, 0)).containsExactly("4", "Sex", "Not one of the choices: Feminine");
        assertThat(_get(Paragraph.class, spec -> spec.withText("3 rows read · 2 to import · 0 already there or not imported · 1 errors")))
                .isNotNull();
        var apply = _get(Button.class, spec -> spec.withText("Import 2 rows"));
        assertThat(apply.isEnabled()).isFalse();
    }

    @Test
    void a_clean_preview_lists_the_rows_and_enables_the_import_in_the_users_language() {
        var dialog = opened(Locale.forLanguageTag("es"));

        dialog.show(new ImportReport(2, 2, 0, List.of(), 0,
                List.of(new ImportPreviewRow(2, "Nina Quispe"), new ImportPreviewRow(3, "Tomás Rojas")), false));

        assertThat(dialog.errorGrid().isVisible()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withText("Importar 2 filas")).isEnabled()).isTrue();
    }

    private static ImportDialog<ImportedParticipant> opened(Locale locale) {
        ViewTestSupport.setUp(locale, Map.of());
        var dialog = new ImportDialog<>(new ImportTarget<>("Import participants into Bolivia", ImportKind.PARTICIPANTS,
                source -> { throw new AssertionError("no upload in this test"); },
                source -> { throw new AssertionError("no upload in this test"); }, () -> { }), ImportLimits.DEFAULT);
        dialog.open();
        return dialog;
    }
}
