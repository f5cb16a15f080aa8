package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Resources from <module>": opens the library of the module a roadmap node was drafted in; hidden without one. */
public class ModuleResourcesLink extends Anchor {

    public ModuleResourcesLink() {
        getElement().setAttribute("router-link", true);
        setVisible(false);
    }

    /** A way to read the module's resources stays open in a form its reader may not edit. */
    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(true);
    }

    /** Points to the library of module {@code moduleId} named {@code moduleName}, or hides the link when null. */
    public void show(Long moduleId, String moduleName) {
        setVisible(moduleId != null);
        if (moduleId == null) return;
        removeAll();
        add(VaadinIcon.BOOK.create(), new Span(" " + getTranslation("library.fromModule", moduleName)));
        setHref(ModuleLibraryView.ROUTE_PREFIX + moduleId);
    }
}
