package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Resources from <module>": opens the library of the module a roadmap node was drafted in; hidden without one.
 * A plain link element rather than an {@code Anchor}, whose address Vaadin drops inside a disabled form: reading
 * the module's resources stays open to those who may not edit the node.
 */
@Tag("a")
public class ModuleResourcesLink extends HtmlContainer {

    public ModuleResourcesLink() {
        getElement().setAttribute("router-link", true);
        setVisible(false);
    }

    /** Points to the library of module {@code moduleId} named {@code moduleName}, or hides the link when null. */
    public void show(Long moduleId, String moduleName) {
        setVisible(moduleId != null);
        if (moduleId == null) return;
        removeAll();
        add(VaadinIcon.BOOK.create(), new Span(" " + getTranslation("library.fromModule", moduleName)));
        getElement().setAttribute("href", ModuleLibraryView.ROUTE_PREFIX + moduleId);
    }
}
