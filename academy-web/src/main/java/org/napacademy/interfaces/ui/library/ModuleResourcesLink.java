package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Resources from <module>": opens the library of the module a roadmap node was drafted in; hidden without one. */
public class ModuleResourcesLink extends Anchor {

    public ModuleResourcesLink() {
        getElement().setAttribute("router-link", true);
        setVisible(false);
    }

    /** Points to the library of module {@code moduleId} named {@code moduleName}, or hides the link when null. */
    public void show(Long moduleId, String moduleName) {
        setVisible(moduleId != null);
        if (moduleId == null) return;
        removeAll();
        add(VaadinIcon.BOOK.create(), new com.vaadin.flow.component.html.Span(" " + getTranslation("library.fromModule", moduleName)));
        setHref(ModuleLibraryView.ROUTE_PREFIX + moduleId);
    }
}
