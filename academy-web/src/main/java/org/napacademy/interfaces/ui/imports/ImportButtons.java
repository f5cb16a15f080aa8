package org.napacademy.interfaces.ui.imports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;
import org.napacademy.application.ImportService;
import org.napacademy.interfaces.imports.ImportKind;
import org.napacademy.interfaces.imports.ImportLimits;

/**
 * The buttons that open the import dialog from the pages that show what it imports into. The service and the
 * limits are looked up when the button is clicked, so the pages keep their constructors (and their tests).
 */
public final class ImportButtons {
    private ImportButtons() { }

    /** Participants into the delegation; {@code delegationId} is read when clicked (the panel's selection). */
    public static Button participants(Supplier<Long> delegationId, Supplier<String> countryName, Runnable imported) {
        var button = new Button(VaadinIcon.UPLOAD.create());
        button.setText(button.getTranslation("import.participants.open"));
        button.addClickListener(click -> {
            var id = delegationId.get();
            if (id == null) return;
            var service = bean(ImportService.class);
            open(new ImportTarget<>(button.getTranslation("import.participants.title", countryName.get()), ImportKind.PARTICIPANTS,
                    source -> service.previewParticipants(id, source), source -> service.importParticipants(id, source), imported));
        });
        return button;
    }

    /** Actuals into the roadmap's indicators. */
    public static Button actuals(long roadmapId, String roadmapTitle, Runnable imported) {
        var button = new Button(VaadinIcon.UPLOAD.create());
        button.setText(button.getTranslation("import.actuals.open"));
        button.addClickListener(click -> {
            var service = bean(ImportService.class);
            open(new ImportTarget<>(button.getTranslation("import.actuals.title", roadmapTitle), ImportKind.ACTUALS,
                    source -> service.previewActuals(roadmapId, source), source -> service.importActuals(roadmapId, source), imported));
        });
        return button;
    }

    private static <R> void open(ImportTarget<R> target) {
        new ImportDialog<>(target, bean(ImportLimits.class)).open();
    }

    private static <T> T bean(Class<T> type) { return CDI.current().select(type).get(); }
}
