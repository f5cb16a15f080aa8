package org.napacademy.interfaces.ui.reminders;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Optional;
import org.napacademy.application.ReminderService;
import org.napacademy.application.security.AccessPolicy;

/** The menu's "Reminders" item with a badge counting what is due, for delegates, trainers and administrators. */
public final class RemindersMenu {
    private RemindersMenu() {
    }

    /** Empty for whoever has no reminders to read (a sponsor). */
    public static Optional<SideNavItem> item(ReminderService reminders, AccessPolicy access) {
        if (!access.mayPlan() && access.ownDelegation().isEmpty()) return Optional.empty();
        var item = new SideNavItem("", RemindersView.class, VaadinIcon.BELL_O.create());
        item.setLabel(item.getTranslation("menu.reminders"));
        var count = reminders.countMine();
        if (count > 0) {
            var badge = new Span(count > 99 ? "99+" : String.valueOf(count));
            // styled inline with Lumo's properties, so no theme module (and no frontend build) is needed
            badge.getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                    .set("border-radius", "1em").set("padding", "0 0.5em").set("font-size", "var(--lumo-font-size-xs)")
                    .set("font-weight", "600").set("line-height", "1.6");
            badge.getElement().setAttribute("aria-label", item.getTranslation("menu.reminders.count", count));
            badge.setId("reminders-count");
            item.setSuffixComponent(badge);
        }
        return Optional.of(item);
    }
}
