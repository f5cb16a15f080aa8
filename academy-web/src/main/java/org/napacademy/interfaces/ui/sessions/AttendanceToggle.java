package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.napacademy.domain.model.curriculum.AttendanceStatus;

/** Three large buttons, one per attendance status; the recorded one is pressed. One click records a status. */
public class AttendanceToggle extends HorizontalLayout {
    private final Map<AttendanceStatus, Button> buttons = new EnumMap<>(AttendanceStatus.class);

    public AttendanceToggle(String participantName, Consumer<AttendanceStatus> clicked) {
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        for (var status : AttendanceStatus.values()) {
            var button = new Button(getTranslation("attendance.status." + status), click -> clicked.accept(status));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.getStyle().set("min-width", "7.5rem");
            button.setAriaLabel(getTranslation("attendance.mark", participantName, getTranslation("attendance.status." + status)));
            buttons.put(status, button);
            add(button);
        }
        show(null);
    }

    /** Presses the button of the status; none for null (not taken yet). */
    public void show(AttendanceStatus recorded) {
        buttons.forEach((status, button) -> {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_CONTRAST);
            button.getElement().setAttribute("aria-pressed", String.valueOf(status == recorded));
            if (status == recorded) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, switch (status) {
                    case PRESENT -> ButtonVariant.LUMO_SUCCESS;
                    case ABSENT -> ButtonVariant.LUMO_ERROR;
                    case EXCUSED -> ButtonVariant.LUMO_CONTRAST;
                });
            }
        });
    }
}
